// One publisher of test events for every service (@aeo/testing); kept here for the specs that import it from this folder.
export { publishEvent } from '@aeo/testing';
