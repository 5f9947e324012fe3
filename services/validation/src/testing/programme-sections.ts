/** The compliance section of the tests' programme documents: one yes/no question, no evidence. */
export const COMPLIANCE_SECTION = {
  id: 'compliance',
  title: { en: 'Compliance', mn: 'Биелэлт' },
  questions: [
    {
      id: 'compliance.infringements',
      text: { en: 'Infringements?', mn: 'Зөрчил?' },
      answer: 'yes-no',
      evidenceRequired: false,
    },
  ],
};
