/** The platform's error body (documented by service-kit as `Error`), for the error answers an operation describes itself. */
export const ERROR_BODY = { $ref: '#/components/schemas/Error' } as const;
