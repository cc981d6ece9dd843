// opencc-js ships its dictionaries as untyped ES modules (each a default-exported string).
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
