import { v5 as uuidv5 } from 'uuid';

/** Namespace for ids derived from natural keys (凭证号, import + line…), so a retry maps to the same event id. */
const NAMESPACE = '6f1c8a52-3f0e-4c7e-9a51-0c2f5b8d4e21';
export const deterministicId = (key: string) => uuidv5(key, NAMESPACE);
