/// <reference types="vite/client" />
// The avatar and PIN pictures drawn for child mode (resources/), when they
// exist; until then teacher mode shows the picture's name instead.
const avatarFiles = import.meta.glob<string>('../../../../resources/avatars/*.svg', {
  eager: true,
  query: '?url',
  import: 'default',
});
const pinFiles = import.meta.glob<string>('../../../../resources/pin/*.svg', {
  eager: true,
  query: '?url',
  import: 'default',
});

export function avatarUrl(name: string): string | undefined {
  return avatarFiles[`../../../../resources/avatars/${name}.svg`];
}

export function pinUrl(name: string): string | undefined {
  return pinFiles[`../../../../resources/pin/${name}.svg`];
}
