import type { ServiceUnderTest } from '@aeo/service-kit/testing';

/** Enters (or updates) the staff contact `sub` through the API as `token` (operations, or its region's office); the request, for its answer. */
export const putStaffContact = (service: ServiceUnderTest, token: string, sub: string, contact: object) =>
  service.http.put(`/v1/staff-contacts/${sub}`).set('authorization', token).send(contact);

/** Assigns the operator's contact officer through the API as `token`; the request, for its answer. */
export const assignContactOfficer = (
  service: ServiceUnderTest,
  token: string,
  taxpayerId: string,
  officerSub: string,
) => service.http.put(`/v1/operator-contact-officers/${taxpayerId}`).set('authorization', token).send({ officerSub });
