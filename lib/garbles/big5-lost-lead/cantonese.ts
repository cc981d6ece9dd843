// Written Cantonese: the characters Hong Kong text uses for its particles, pronouns and everyday
// verbs. Most of them exist only in HKSCS (Big5 lead bytes 0x87-0xA0), which is why a site that
// drops those lead bytes garbles Cantonese first. Written for this project from the usual
// written-Cantonese vocabulary (佢哋喺度 "they are here", 你食咗飯未呀 "have you eaten"); it
// ranks candidates as common where Big5's frequency-ordered levels know nothing of them.
export const CANTONESE_CHARACTERS =
  '喺嘅啲咗嘢嗰哋嚟啱冇佢係睇乜咁噉唔呢嘥攞咪嘞喎噃啩揾搵咩吖呀啦囉嘛㗎喇啫咋吓嚿晒瞓攰餸掟㩒撳唞諗靚嘈氹凼冚噏嗌叻吽揸揀啋咭佬嬲甩嘍嘩噢嗱焗煲嘜噚嚡';
