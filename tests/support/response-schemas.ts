import Ajv, { type ValidateFunction } from 'ajv';

type Schema = Record<string, unknown>;
interface Operation { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> }
export interface OpenApiDocument { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } }

/**
 * An OpenAPI 3.0 schema as JSON Schema for Ajv: `nullable: true` admits null, component references point into
 * `$defs`, and `example` goes (it is no keyword). Nothing else changes: `required` and the types hold as declared,
 * and objects stay open to properties the schema does not name.
 */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (typeof node !== 'object' || node === null) return node;
  const { nullable, example: _example, ...rest } = node as Schema;
  const out: Schema = {};
  for (const [k, v] of Object.entries(rest)) {
    if (k === '$ref' && typeof v === 'string') out.$ref = v.replace('#/components/schemas/', '#/$defs/');
    else if (k === 'properties' || k === '$defs') out[k] = Object.fromEntries(Object.entries(v as Schema).map(([name, s]) => [name, toJsonSchema(s)]));
    else out[k] = toJsonSchema(v);
  }
  return nullable === true ? { anyOf: [out, { type: 'null' }] } : out;
}

/** Validates JSON answers against the response schemas the API's own OpenAPI document declares. */
export class ResponseSchemas {
  private readonly ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly defs: Schema;

  constructor(private readonly doc: OpenApiDocument) {
    this.defs = Object.fromEntries(Object.entries(doc.components.schemas).map(([name, s]) => [name, toJsonSchema(s)]));
  }

  /** The JSON schema of `method path` answering `status`, or undefined when the document declares none. */
  schemaOf(method: string, path: string, status: number): Schema | undefined {
    return this.doc.paths[path]?.[method.toLowerCase()]?.responses?.[String(status)]?.content?.['application/json']?.schema;
  }

  /** Every way `body` departs from the declared schema (empty when it conforms); throws when none is declared. */
  errors(method: string, path: string, status: number, body: unknown): string[] {
    const key = `${method} ${path} ${status}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      const schema = this.schemaOf(method, path, status);
      if (!schema) throw new Error(`the OpenAPI document declares no JSON answer for ${key}`);
      validate = this.ajv.compile({ $defs: this.defs, ...(toJsonSchema(schema) as Schema) });
      this.compiled.set(key, validate);
    }
    return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
  }
}
