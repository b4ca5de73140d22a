import type { ContactKind } from '../api/record-tallies';

export const contactKinds: ContactKind[] = ['Guidance', 'AdministrativeHelp', 'Information', 'WheelchairEscort', 'CaseHandover'];
