// Moved to @aeo/testing (libs/testing/src/file-application.ts): the console's end-to-end tests file applications too.
export { SAMPLE_PDF, fileApplication, type FiledApplication } from '@aeo/testing';
