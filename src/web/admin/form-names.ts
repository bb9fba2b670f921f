/** The hidden field every admin form carries its CSRF token in. */
export const CSRF_FIELD = 'csrf';
