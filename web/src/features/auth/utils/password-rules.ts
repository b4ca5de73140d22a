/** The password rules the API applies (NIST SP 800-63B): length, no composition rules; the API also refuses common passwords. */
export const passwordLength = { min: 8, max: 128 };

export function validateNewPassword(t: (key: string) => string) {
  return (value: string) =>
    value.length < passwordLength.min ? t('newPassword.tooShort') : value.length > passwordLength.max ? t('newPassword.tooLong') : null;
}
