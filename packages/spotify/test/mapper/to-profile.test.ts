import { mapSpotifyProfile } from '@fitlink/spotify';
import { spotifyExtendedUserFixture, spotifyUserFixture } from '@fitlink/spotify/testing';
import { describe, expect, it } from 'vitest';

describe('mapSpotifyProfile', () => {
  it.each([
    ['a development-mode app (no email)', spotifyUserFixture, null],
    ['an extended-quota app with user-read-email', spotifyExtendedUserFixture, 'rowan@example.com'],
  ])('maps %s', (_name, user, email) => {
    expect(mapSpotifyProfile(user)).toEqual({
      id: 'spotify:rowan-example',
      provider: 'spotify',
      externalId: 'rowan-example',
      name: 'Rowan Example',
      firstName: null,
      lastName: null,
      email,
      sex: null,
      birthDate: null,
      heightMetres: null,
      weightKg: null,
      timeZone: null,
      units: null,
    });
  });

  it('maps a missing display name to null', () => {
    expect(mapSpotifyProfile({ id: 'u1', display_name: null }).name).toBeNull();
  });
});
