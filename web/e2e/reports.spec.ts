import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { screenshot, signOut, startSignedIn } from './support/journey';

// Last year's: a periodic report is submitted only after its period has ended.
const year = new Date().getFullYear() - 1;

/** Upper case without diacritics, single spaces: OCR of a diacritic may waver, the words may not. */
const normalise = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .replace(/\s+/g, ' ');

async function openReport(page: Page, who: string, reportId: string) {
  await startSignedIn(page, who, `/reports/${reportId}`);
  await expect(page.getByRole('heading', { level: 1, name: /Báo cáo năm/i })).toBeVisible();
}

// One journey in the steps each person takes, run in order; each step has the default test budget, and
// the generation (a background job followed on screen) has one of its own.
test.describe('the annual report goes from generation to approval, and its PDF heading reads in Vietnamese', () => {
  test.describe.configure({ mode: 'serial' });
  let reportId = '';

  test('the unit head generates last year’s annual report, followed on screen', async ({ page }) => {
    // Generation is a background job that reads the whole year: this step gets three times a step's budget.
    test.slow();
    await startSignedIn(page, 'hospital.admin@demo.vn');
    await page.getByRole('link', { name: 'Báo cáo định kỳ' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Báo cáo định kỳ' })).toBeVisible();
    await expect(page.getByTestId('report-row').first()).toBeVisible(); // the demo's past quarters
    await page.getByTestId('new-report').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('Năm')).toHaveValue(String(year + 1));
    await dialog.getByLabel('Năm').fill(String(year));
    await dialog.getByRole('button', { name: 'Tổng hợp số liệu' }).click();
    await expect(page.getByTestId('report-run').or(page.getByTestId('report-figures'))).toBeVisible();
    // The page moves to the report once the job has finished: wait for that, within this step's budget.
    await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/, { timeout: 0 });
    reportId = page.url().split('/').at(-1)!;
    await expect(page.getByTestId('report-figures')).toContainText('lượt');
    await expect(page.getByTestId('report-figures')).toContainText('Vận động tài trợ');
  });

  test('the unit head writes the narrative and submits it', async ({ page }) => {
    await openReport(page, 'hospital.admin@demo.vn', reportId);
    await page.getByLabel('Số báo cáo (vd. 45/BC-CTXH)').fill('45/BC-CTXH');
    await page.getByLabel('Địa danh (vd. Thanh Hóa)').fill('Thanh Hóa');
    await page.getByLabel('Kết quả chung').fill('Phòng CTXH hoàn thành các chỉ tiêu kế hoạch năm.');
    await page.getByLabel('Khó khăn, tồn tại').fill('Nhân lực còn thiếu; chưa có phòng tham vấn riêng.');
    await page.getByLabel('Kiến nghị, đề xuất với Sở Y tế').fill('Đề nghị Sở Y tế hỗ trợ đào tạo chuyên sâu.');
    await page.getByLabel('Kế hoạch kỳ tới').fill('100% người bệnh cần hỗ trợ được tư vấn.');
    await page.getByLabel('Người ký', { exact: true }).fill('Lê Văn Minh');
    await page.getByLabel('Chức vụ người ký').fill('Giám đốc');
    await page.getByTestId('submit-report').click();
    await expect(page.getByText('Đã gửi', { exact: true })).toBeVisible();
    await screenshot(page, 'report-submitted');
    await signOut(page);
  });

  test('the province officer finds it in the inbox and returns it with a comment', async ({ page }) => {
    await startSignedIn(page, 'province@demo.vn');
    await page.getByRole('link', { name: 'Báo cáo các đơn vị' }).click();
    const row = page.getByTestId('inbox-row').filter({ hasText: `Năm ${year}` });
    await expect(row).toHaveCount(1);
    await row.getByRole('link', { name: /Mở/ }).click();
    await page.getByRole('textbox', { name: 'Ý kiến của Sở' }).fill('Đề nghị bổ sung số liệu tham vấn tâm lý.');
    await page.getByTestId('return-report').click();
    await expect(page.getByTestId('return-comment')).toContainText('Đề nghị bổ sung số liệu tham vấn tâm lý.');
    await signOut(page);
  });

  test('the unit sees the comment, completes the report and resubmits', async ({ page }) => {
    await openReport(page, 'hospital.admin@demo.vn', reportId);
    await expect(page.getByTestId('return-comment')).toContainText('bổ sung số liệu tham vấn');
    await page.getByLabel('Kết quả chung').fill('Phòng CTXH hoàn thành các chỉ tiêu kế hoạch năm; đã bổ sung số liệu tham vấn tâm lý.');
    await page.getByTestId('submit-report').click();
    await expect(page.getByText('Đã gửi', { exact: true })).toBeVisible();
    await signOut(page);
  });

  test('the officer approves: the report is locked', async ({ page }) => {
    await openReport(page, 'province@demo.vn', reportId);
    await page.getByTestId('approve-report').click();
    await expect(page.getByText('Đã phê duyệt', { exact: true })).toBeVisible();
    await expect(page.getByText(/đã được phê duyệt và khóa/)).toBeVisible();
    await expect(page.getByTestId('report-history')).toContainText('Trả lại');
    await screenshot(page, 'report-approved');
  });

  test('the PDF downloads; its first page, rendered to an image and read back by OCR (Vietnamese model), shows the heading', async ({ page }) => {
    await openReport(page, 'province@demo.vn', reportId);
    await expect(page.getByText('Đã phê duyệt', { exact: true })).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-pdf').click()]);
    mkdirSync('e2e-results/reports', { recursive: true });
    const pdf = 'e2e-results/reports/annual-report.pdf';
    await download.saveAs(pdf);
    expect(execFileSync('tesseract', ['--list-langs'], { encoding: 'utf8' })).toMatch(/^vie$/m);
    execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '200', '-png', '-singlefile', pdf, 'e2e-results/reports/page-1']);
    const ocr = execFileSync('tesseract', ['e2e-results/reports/page-1.png', 'stdout', '-l', 'vie'], { encoding: 'utf8' });
    const words = normalise(ocr);
    expect(words, ocr).toContain('CONG HOA XA HOI CHU NGHIA VIET NAM');
    expect(words, ocr).toContain('DOC LAP - TU DO - HANH PHUC');
    expect(words, ocr).toContain('BAO CAO');
    expect(words, ocr).toContain('45/BC-CTXH');
    // The Vietnamese letters themselves come through, not just their base letters.
    expect(ocr, ocr).toMatch(/CỘNG HÒA|Độc lập|BÁO CÁO/);
  });
});
