import { ValidationError, ValidationPipe } from '@nestjs/common';

export interface FieldError { readonly field: string; readonly code: string; readonly message: string }

/** The request's shape is wrong (types, missing fields, unknown fields). Business rules are the domain's. */
export class RequestValidationError extends Error {
  constructor(readonly errors: readonly FieldError[]) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join('; '));
  }
}

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([rule, message]) => ({
      field, code: rule === 'whitelistValidation' ? 'UNKNOWN_FIELD' : `INVALID_${rule.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}`, message,
    }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** One global pipe: DTO classes describe each use case's input; nothing unknown gets through. */
export const validationPipe = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  transformOptions: { enableImplicitConversion: false },
  exceptionFactory: (errors) => new RequestValidationError(flatten(errors)),
});
