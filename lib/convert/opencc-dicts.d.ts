// opencc-js ships its dictionaries as ES modules without type declarations:
// each one default-exports a string "source replacement|source replacement|...".
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
