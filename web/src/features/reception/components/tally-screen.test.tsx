import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, renderRoute, signIn, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { readQueue } from '../utils/tally-queue';
import { TallyScreen } from './tally-screen';

const translations = { reception: { vi: viTexts, en: enTexts } };
const worker = {
  id: 'u-2',
  email: 'hospital.worker@demo.vn',
  fullName: 'Trần Thị Lan',
  role: 'SocialWorker',
  isApiClient: false,
  facility: { id: 'f-1', code: 'BV', name: 'Bệnh viện', type: 'PublicHospital', group: 'Curative' },
  permissions: ['reception.record', 'activities.read'],
};
const points = [{ id: 'p-1', name: 'Sảnh Khoa Khám bệnh', isActive: true }];

function renderTally() {
  signIn();
  return renderRoute([{ path: '/reception', element: <TallyScreen /> }], { path: '/reception', translations });
}

describe('TallyScreen', () => {
  beforeEach(() => localStorage.clear());

  it('sends each tap with its own id for the chosen point', async () => {
    const sent: { id: string; pointId: string; kind: string }[] = [];
    stubApi({
      'GET /api/v1/me': worker,
      'GET /api/v1/reception/points': points,
      'POST /api/v1/reception/tallies': async (request: Request) => {
        const body = (await request.json()) as { entries: { id: string; pointId: string; kind: string }[] };
        sent.push(...body.entries);
        return json({ accepted: body.entries.length, duplicates: 0, replayed: false });
      },
    });
    renderTally();
    await userEvent.click(await screen.findByTestId('tally-Guidance'));
    await userEvent.click(screen.getByTestId('tally-WheelchairEscort'));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent.map((e) => [e.pointId, e.kind])).toEqual([
      ['p-1', 'Guidance'],
      ['p-1', 'WheelchairEscort'],
    ]);
    expect(new Set(sent.map((e) => e.id)).size).toBe(2);
    await waitFor(() => expect(screen.getByTestId('tally-pending')).toHaveTextContent('0'));
    expect(screen.getByTestId('tally-count-Guidance')).toHaveTextContent('+1');
  });

  it('keeps the taps on the device while the network is down', async () => {
    stubApi({
      'GET /api/v1/me': worker,
      'GET /api/v1/reception/points': points,
      'POST /api/v1/reception/tallies': () => {
        throw new TypeError('Failed to fetch');
      },
    });
    renderTally();
    await userEvent.click(await screen.findByTestId('tally-Information'));
    await userEvent.click(screen.getByTestId('tally-Information'));
    await waitFor(() => expect(screen.getByTestId('tally-connection')).toHaveTextContent('Mất mạng – đang lưu tạm'));
    expect(screen.getByTestId('tally-pending')).toHaveTextContent('2');
    expect(readQueue().map((e) => e.kind)).toEqual(['Information', 'Information']);
  });

  it('undoes the last tap: a sent tap by a compensating entry, a queued one by dropping it', async () => {
    const sent: { id: string; kind: string; undoes?: string | null }[] = [];
    stubApi({
      'GET /api/v1/me': worker,
      'GET /api/v1/reception/points': points,
      'POST /api/v1/reception/tallies': async (request: Request) => {
        const body = (await request.json()) as { entries: { id: string; kind: string; undoes?: string | null }[] };
        sent.push(...body.entries);
        return json({ accepted: body.entries.length, duplicates: 0, replayed: false });
      },
    });
    renderTally();
    await userEvent.click(await screen.findByTestId('tally-Guidance'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(screen.getByTestId('tally-undo-bar')).toHaveTextContent('Đã đếm một lượt «Chỉ dẫn».');
    await userEvent.click(screen.getByTestId('tally-undo'));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toMatchObject({ kind: 'Guidance', undoes: sent[0].id });
    expect(sent[1].id).not.toBe(sent[0].id);
    expect(screen.getByTestId('tally-count-Guidance')).toHaveTextContent('+0');
    expect(screen.queryByTestId('tally-undo')).not.toBeInTheDocument();
  });

  it('offers the undo for ten seconds only', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      stubApi({
        'GET /api/v1/me': worker,
        'GET /api/v1/reception/points': points,
        'POST /api/v1/reception/tallies': () => json({ accepted: 1, duplicates: 0, replayed: false }),
      });
      renderTally();
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      await user.click(await screen.findByTestId('tally-Information'));
      expect(screen.getByTestId('tally-undo')).toBeInTheDocument();
      await act(() => vi.advanceTimersByTimeAsync(9_000));
      expect(screen.getByTestId('tally-undo')).toBeInTheDocument();
      await act(() => vi.advanceTimersByTimeAsync(1_500));
      expect(screen.queryByTestId('tally-undo')).not.toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });
});
