/**
 * A service's refusal: `problem` names why, in words the caller looks up in its messages. One
 * shape for the registration, sign-up, decision and council services; each names its own kind,
 * so a caller tells them apart with `instanceof`.
 */
export class ServiceRefusal<P extends string> extends Error {
  readonly problem: P

  constructor(problem: P) {
    super(problem)
    this.problem = problem
  }
}
