export { createConverter, configsFor, prefetchDictionaries, type CreateConverterOptions } from './converter.ts';
export type { TraditionalVariant } from './directions.ts';
export { loadedDictionaries } from './dictionaries.ts';
