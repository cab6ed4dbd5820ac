import { z } from "zod";
import { userRoles } from "../auth/roles";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter an email address").max(254));

/**
 * Long enough to resist guessing (ASVS asks for 12 at least), bounded so a huge password cannot tie
 * up the hash. Signing in checks no length: a shorter password set before this rule still works.
 */
export const MIN_PASSWORD_LENGTH = 12;
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `At least ${MIN_PASSWORD_LENGTH} characters`)
  .max(256, "At most 256 characters");

export const roleSchema = z.enum(userRoles);

export const createUserSchema = z.strictObject({ email: emailSchema, password: passwordSchema, role: roleSchema });

export const updateUserSchema = z
  .strictObject({ role: roleSchema.optional(), disabled: z.boolean().optional(), password: passwordSchema.optional() })
  .refine((change) => Object.keys(change).length > 0, "Give a role, disabled or password to change");

export const signInSchema = z.object({ email: emailSchema, password: z.string().min(1, "Enter your password").max(256) });

export type CreateUserInput = z.infer<typeof createUserSchema>;
export type UpdateUserInput = z.infer<typeof updateUserSchema>;
