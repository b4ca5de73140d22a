/**
 * Lower case without Vietnamese diacritics ("Hòa Phát" → "hoa phat"), as the API folds names for its
 * searches: a list filtered in the portal finds what a worker types without accents.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
