import { getMetadataStorage } from 'class-validator';

type Storage = ReturnType<typeof getMetadataStorage>;
type Lookup = Storage['getTargetValidationMetadatas'];

let installed = false;

/**
 * class-validator works out a class's rules on every validation, walking the rules of every decorated class
 * of the process to find the inherited ones (2 % of an intake's CPU under `bench:intake`). The answer only
 * changes when a rule is added, so it is kept per class and options and forgotten whenever one is.
 */
export function cacheValidationMetadata(storage: Storage = getMetadataStorage()): void {
  if (installed) {
    return;
  }
  installed = true;
  let cache = new WeakMap<object, Map<string, ReturnType<Lookup>>>();
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  storage.addValidationMetadata = (metadata) => {
    cache = new WeakMap();
    add(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = JSON.stringify([schema, always, strictGroups, groups ?? null]);
    let byOptions = cache.get(target);
    if (!byOptions) {
      byOptions = new Map();
      cache.set(target, byOptions);
    }
    let rules = byOptions.get(key);
    if (!rules) {
      rules = lookup(target, schema, always, strictGroups, groups);
      byOptions.set(key, rules);
    }
    return rules;
  };
}
