import { vndInWords } from './amount-in-words';

describe('vndInWords', () => {
  it.each([
    [5_000_000, 'Năm triệu đồng chẵn'],
    [1_250_500, 'Một triệu hai trăm năm mươi nghìn năm trăm đồng'],
    [105_000, 'Một trăm linh năm nghìn đồng chẵn'],
    [1_000_050, 'Một triệu không trăm năm mươi đồng'],
    [21_000, 'Hai mươi mốt nghìn đồng chẵn'],
    [15_000, 'Mười lăm nghìn đồng chẵn'],
    [2_000_000_000, 'Hai tỷ đồng chẵn'],
    [1_005_000_000, 'Một tỷ không trăm linh năm triệu đồng chẵn'],
    [0, 'Không đồng'],
  ])('%d → %s', (amount, words) => {
    expect(vndInWords(amount)).toBe(words);
  });
});
