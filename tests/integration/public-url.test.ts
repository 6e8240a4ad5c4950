// A parent link is made with the address phones reach the server at, when
// the server is told it (HHC_PUBLIC_URL): a kiosk may only know a LAN address.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/testServer';
import { seedSchool, type SchoolFixture } from '../support/fixtures';
import { connectAsTeacher, requestOk } from '../support/socketClient';

let server: TestServer;
let school: SchoolFixture;

beforeAll(async () => {
  server = await startTestServer({ publicUrl: 'https://happyhome.example.cn' });
  school = await seedSchool(server.store, server.clock.now);
});

afterAll(async () => server.stop());

it('hands out the whole link with the public address', async () => {
  const teacher = await connectAsTeacher(server.url, school.teacher);
  const link = await requestOk(teacher, 'link:regenerate', { guardianId: school.guardianId });
  expect(link.url).toBe(`https://happyhome.example.cn/p/${link.token}`);
  expect(link.path).toBe(`/p/${link.token}`);
  teacher.disconnect();
});
