import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, renderRoute, signIn, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { ClientPage } from './client-page';

const translations = { clients: { vi: viTexts, en: enTexts } };
const worker = {
  id: 'u-1', email: 'hospital.worker@demo.vn', fullName: 'Trần Thị Lan', role: 'SocialWorker', isApiClient: false,
  facility: { id: 'f-1', code: 'BV', name: 'Bệnh viện', type: 'PublicHospital', group: 'Curative' },
  permissions: ['clients.read', 'clients.write', 'clients.read-identifiers', 'cases.work'],
};
const client = {
  id: 'c-1', fullName: 'Nguyen Van An', dateOfBirth: null, birthYear: 1970, sex: 'Male', nationalId: '038070001234', insuranceNumber: null,
  patientId: 'BN-1', province: null, communeWard: null, addressDetail: null, phone: '0912345678', guardianContact: null, householdSituation: null,
  vulnerabilities: ['Elderly'], identifiersShown: true, createdDespiteMatches: false, mergedIntoId: null, createdAt: '2026-01-01T00:00:00Z',
  version: 'v-1', cases: [], consents: [],
};

function renderClient() {
  signIn();
  return renderRoute([{ path: '/clients/:id', element: <ClientPage clientId="c-1" stageLabel={(s) => s} /> }], { path: '/clients/c-1', translations });
}

describe('ClientPage editing', () => {
  it('sends the corrected record with the version read, and saves anyway only when told after a duplicate', async () => {
    const calls = stubApi({
      'GET /api/v1/me': worker,
      'GET /api/v1/places/provinces': [],
      'GET /api/v1/clients/c-1': client,
      'GET /api/v1/counselling-sessions': [],
      'PUT /api/v1/clients/c-1': async (request: Request) => {
        const body = (await request.json()) as { saveAnyway: boolean };
        return body.saveAnyway
          ? json({ ...client, fullName: 'Nguyễn Văn An', version: 'v-2' })
          : json({ status: 409, title: 'Conflict', traceId: 't', matches: [{ id: 'c-9', fullName: 'Nguyễn Văn An', birthYear: 1970, nationalIdMasked: null, patientId: null, matchedOn: ['nameAndBirthYear'] }] }, 409);
      },
    });
    renderClient();
    await userEvent.click(await screen.findByTestId('edit-client'));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa thông tin đối tượng' });
    const name = within(dialog).getByLabelText(/^Họ và tên/);
    expect(name).toHaveValue('Nguyen Van An');
    expect(within(dialog).getByLabelText(/^Số CCCD/)).toHaveValue('038070001234');
    await userEvent.clear(name);
    await userEvent.type(name, 'Nguyễn Văn An');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu hồ sơ' }));

    expect(await screen.findByTestId('duplicate-prompt')).toHaveTextContent('trùng họ tên và năm sinh');
    await userEvent.click(screen.getByRole('button', { name: 'Vẫn lưu thay đổi' }));
    expect(await screen.findByText('Đã lưu thay đổi.')).toBeInTheDocument();
    const puts = calls.filter((c) => c.method === 'PUT').map((c) => c.body as { fullName: string; version: string; saveAnyway: boolean; nationalId: string });
    expect(puts.map((p) => p.saveAnyway)).toEqual([false, true]);
    expect(puts[0]).toMatchObject({ fullName: 'Nguyễn Văn An', version: 'v-1', nationalId: '038070001234' });
  });

  it('offers no edit to a user who sees the identifiers masked', async () => {
    stubApi({
      'GET /api/v1/me': { ...worker, permissions: ['clients.read', 'clients.write'] },
      'GET /api/v1/places/provinces': [],
      'GET /api/v1/clients/c-1': { ...client, identifiersShown: false, nationalId: '********1234' },
      'GET /api/v1/counselling-sessions': [],
    });
    renderClient();
    await screen.findByText('Nguyen Van An');
    await waitFor(() => expect(screen.queryByTestId('edit-client')).not.toBeInTheDocument());
  });
});

describe('ClientPage legal ground after a withdrawn consent', () => {
  const withdrawn = {
    id: 'k-1', purpose: 'PersonalDataProcessing', givenBy: 'Client', guardianName: null, givenOn: '2026-01-05', withdrawnOn: '2026-02-10',
    inForce: false, legalGround: null, legalGroundRecordedAt: null,
  };
  const head = { ...worker, id: 'u-2', role: 'FacilityAdmin', permissions: [...worker.permissions, 'personal-data.manage'] };

  it('lets the unit head record the ground, sending the text, and then shows it instead of the block', async () => {
    let consent: Record<string, unknown> = withdrawn;
    const calls = stubApi({
      'GET /api/v1/me': head,
      'GET /api/v1/places/provinces': [],
      'GET /api/v1/clients/c-1': () => json({ ...client, consents: [consent] }),
      'GET /api/v1/counselling-sessions': [],
      'GET /api/v1/clients/c-1/data-requests': [],
      'POST /api/v1/clients/c-1/consents/k-1/legal-ground': async (request: Request) => {
        const body = (await request.json()) as { legalGround: string };
        consent = { ...withdrawn, legalGround: body.legalGround, legalGroundRecordedAt: '2026-02-11T03:00:00Z' };
        return json(consent);
      },
    });
    renderClient();
    expect(await screen.findByText(/Không được xử lý mới cho mục đích này/)).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('record-legal-ground'));
    const dialog = await screen.findByRole('dialog', { name: 'Ghi căn cứ pháp lý' });
    expect(dialog).toHaveTextContent('Xử lý dữ liệu cá nhân');
    await userEvent.type(within(dialog).getByLabelText(/^Căn cứ pháp lý/), 'Cấp cứu, bảo vệ tính mạng người bệnh');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu căn cứ' }));

    expect(await screen.findByTestId('legal-ground')).toHaveTextContent('Căn cứ pháp lý: Cấp cứu, bảo vệ tính mạng người bệnh (ghi ngày 11/02/2026)');
    expect(screen.queryByTestId('record-legal-ground')).not.toBeInTheDocument();
    const posts = calls.filter((c) => c.method === 'POST').map((c) => c.body);
    expect(posts).toEqual([{ legalGround: 'Cấp cứu, bảo vệ tính mạng người bệnh' }]);
  });

  it('tells a social worker why processing is blocked but offers no button', async () => {
    stubApi({
      'GET /api/v1/me': worker,
      'GET /api/v1/places/provinces': [],
      'GET /api/v1/clients/c-1': { ...client, consents: [withdrawn] },
      'GET /api/v1/counselling-sessions': [],
    });
    renderClient();
    expect(await screen.findByText(/Không được xử lý mới cho mục đích này/)).toBeInTheDocument();
    expect(screen.queryByTestId('record-legal-ground')).not.toBeInTheDocument();
  });
});
