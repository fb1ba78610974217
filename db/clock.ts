/** When a row was written: an instant, so UTC is right here (calendar dates are not). */
export const nowStamp = (): string => new Date().toISOString();
