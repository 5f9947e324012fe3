/** The Darkhan officer's assignment to a company of the pilot, as the programme API answers it, for specs. */
export const PILOT_ID = '3f1d2c4b-5a6e-4f70-8192-a3b4c5d6e7f8';
export const officerAssignment = {
  pilotId: PILOT_ID,
  taxpayerId: '5034567',
  sequence: 1,
  operatorId: null,
  companyName: 'Khan Cargo LLC',
  region: 'DARKHAN',
  officerSub: 'demo-officer-darkhan',
  officerName: 'Darkhan officer',
  assignedBy: 'demo-policy-unit',
  assignedAt: '2026-11-15T02:00:00.000Z',
  reason: 'Handles the company’s applications already.',
};
