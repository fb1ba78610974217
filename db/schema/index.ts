export * from './orgs';
export * from './members';
export * from './settings';
export * from './meetings';
export * from './dualReg';
export * from './points';
export * from './audit';
export * from './dues';
