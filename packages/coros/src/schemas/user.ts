import * as z from 'zod/mini';

/** The payload of `GET /coros/bindState`: `bindState` 1 while the account is bound to the app. */
export const corosBindStateSchema = z.looseObject({
  /** 1 bound, 0 unbound (the user disconnected the app in COROS). */
  bindState: z.number(),
});

/** The payload of `GET /coros/bindState`. */
export type CorosBindState = z.output<typeof corosBindStateSchema>;

/** The payload of `GET /coros/userinfosim`: the user's basic profile, loosely typed. */
export const corosUserInfoSchema = z.looseObject({
  /** The user's open id. */
  openId: z.nullish(z.string()),
  /** Nickname. */
  nick: z.nullish(z.string()),
  /** Avatar URL. */
  profilePhoto: z.nullish(z.string()),
});

/** The payload of `GET /coros/userinfosim`. */
export type CorosUserInfo = z.output<typeof corosUserInfoSchema>;
