// Time-zone arithmetic lives in common/ (pages need it too); the rules import it from here.
export * from '@hhc/common/time';
