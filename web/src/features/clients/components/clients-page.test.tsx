import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, renderRoute, signIn, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { ClientsPage } from './clients-page';

const translations = { clients: { vi: viTexts, en: enTexts } };
const worker = {
  id: 'u-1', email: 'hospital.worker@demo.vn', fullName: 'Trần Thị Lan', role: 'SocialWorker', isApiClient: false,
  facility: { id: 'f-1', code: 'BV', name: 'Bệnh viện', type: 'PublicHospital', group: 'Curative' },
  permissions: ['clients.read', 'clients.write', 'cases.work'],
};
const row = { id: 'c-1', fullName: 'Nguyễn Văn An', birthYear: 1970, dateOfBirth: null, sex: 'Male', nationalIdMasked: '********1234', phoneMasked: '******5678', patientId: 'BN-1', communeWard: null, vulnerabilities: ['Elderly'] };
const page = (items: unknown[], totalCount = items.length, totalIsLowerBound = false) => ({ items, page: 1, pageSize: 20, totalCount, totalIsLowerBound, totalPages: Math.max(1, Math.ceil(totalCount / 20)) });

function renderClients() {
  signIn();
  return renderRoute(
    [
      { path: '/clients', element: <ClientsPage /> },
      { path: '/clients/:id', element: <p>client page</p> },
    ],
    { path: '/clients', translations },
  );
}

describe('ClientsPage', () => {
  it('searches as typed and shows only masked identifiers', async () => {
    const calls = stubApi({ 'GET /api/v1/me': worker, 'GET /api/v1/clients': (_: Request, url: URL) => json(page(url.searchParams.get('search') ? [row] : [])) });
    renderClients();
    await userEvent.type(await screen.findByTestId('client-search'), 'nguyen van an');
    const found = await screen.findByTestId('client-row');
    expect(found).toHaveTextContent('********1234');
    expect(found).toHaveTextContent('******5678');
    expect(found).toHaveTextContent('Người cao tuổi');
    expect(calls.some((c) => c.path.includes('search=nguyen+van+an') || c.path.includes('search=nguyen%20van%20an'))).toBe(true);
  });

  it('says "1.000+" when a broad search has more matches than the API counts', async () => {
    stubApi({ 'GET /api/v1/me': worker, 'GET /api/v1/clients': (_: Request, url: URL) => json(url.searchParams.get('search') ? page([row], 1000, true) : page([], 0)) });
    renderClients();
    await userEvent.type(await screen.findByTestId('client-search'), 'nguyen');
    expect(await screen.findByText('1.000+ đối tượng — gõ thêm họ tên để thu hẹp')).toBeInTheDocument();
  });

  it('lists the likely duplicates the API found, and creates anyway only when told', async () => {
    const match = { id: 'c-9', fullName: 'Nguyễn Văn Ấn', birthYear: 1970, nationalIdMasked: null, patientId: null, matchedOn: ['nameAndBirthYear'] };
    const calls = stubApi({
      'GET /api/v1/me': worker,
      'GET /api/v1/places/provinces': [],
      'GET /api/v1/clients': page([]),
      'POST /api/v1/clients': async (request: Request) => {
        const body = (await request.json()) as { createAnyway: boolean };
        return body.createAnyway
          ? json({ id: 'c-new' }, 201)
          : json({ status: 409, title: 'Conflict', detail: 'may exist', traceId: 't', matches: [match] }, 409);
      },
    });
    const { router } = renderClients();
    await userEvent.click(await screen.findByTestId('register-client'));
    const dialog = await screen.findByRole('dialog', { name: 'Tiếp nhận đối tượng mới' });
    await userEvent.type(within(dialog).getByLabelText(/^Họ và tên/), 'Nguyen Van An');
    await userEvent.type(within(dialog).getByLabelText(/^Năm sinh/), '1970');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu hồ sơ' }));

    const prompt = await screen.findByTestId('duplicate-prompt');
    expect(prompt).toHaveTextContent('Nguyễn Văn Ấn');
    expect(prompt).toHaveTextContent('trùng họ tên và năm sinh');
    await userEvent.click(screen.getByTestId('create-anyway'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/clients/c-new'));
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts.map((p) => (p.body as { createAnyway: boolean }).createAnyway)).toEqual([false, true]);
  });

  it('stops at the same CCCD: opening the existing client is the only way on', async () => {
    const match = { id: 'c-9', fullName: 'Nguyễn Văn Ấn', birthYear: 1970, nationalIdMasked: '********1234', patientId: null, matchedOn: ['nationalId'] };
    stubApi({
      'GET /api/v1/me': worker,
      'GET /api/v1/places/provinces': [],
      'GET /api/v1/clients': page([]),
      'POST /api/v1/clients': json({ status: 409, title: 'Conflict', code: 'client-same-identifier', traceId: 't', matches: [match] }, 409),
    });
    const { router } = renderClients();
    await userEvent.click(await screen.findByTestId('register-client'));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText(/^Họ và tên/), 'Ai đó');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu hồ sơ' }));
    const prompt = await screen.findByTestId('duplicate-prompt');
    expect(prompt).toHaveTextContent('Người này đã có hồ sơ');
    expect(screen.queryByTestId('create-anyway')).not.toBeInTheDocument();
    expect(screen.getByTestId('open-existing')).toHaveAttribute('data-variant', 'filled');
    await userEvent.click(screen.getByRole('button', { name: 'Mở hồ sơ này' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/clients/c-9'));
  });
});
