import { mountCallPage } from '../ui/CallPage';

mountCallPage({ role: 'kiosk', titleKey: 'call.kioskTitle', defaultName: '孩子' });
