import { mountCallPage } from '../ui/CallPage';

mountCallPage({ role: 'parent', titleKey: 'call.parentTitle', defaultName: '家长' });
