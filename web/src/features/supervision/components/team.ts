export type TeamValues = { team: { name: string; title: string }[] };

export const emptyMember = () => ({ name: '', title: '' });

/** Validation of the team rows, for the forms that hold them. */
export const teamRules = (message: string) => ({ team: { name: (v: string) => (v.trim() ? null : message) } });

export const teamBody = (team: TeamValues['team']) => team.map((m) => ({ name: m.name.trim(), title: m.title.trim() || null }));
