import { reactive } from 'vue';
import { ApiError, messageOf } from './api';

/** Inline errors of a form: per field (ours or the API's `field`), plus one for the whole form. */
export function useFormErrors() {
  const errors = reactive<Record<string, string>>({});
  return {
    errors,
    clear() { for (const k of Object.keys(errors)) delete errors[k]; },
    /** puts an API problem next to its field when the form has it, else on the form */
    fromApi(e: unknown, fields: string[]) {
      const message = messageOf(e);
      const field = e instanceof ApiError ? e.field?.split(/[.[]/)[0] : undefined;
      if (field && fields.includes(field)) errors[field] = message;
      else errors.form = message;
    },
    ok() { return Object.values(errors).every((v) => !v); },
  };
}
