/** One cached result, recomputed when the argument is another object. */
export function lastOf<A extends object, R>(compute: (arg: A) => R): (arg: A) => R {
  let last: A | null = null;
  let value: R;
  return (arg) => {
    if (arg !== last) {
      value = compute(arg);
      last = arg;
    }
    return value;
  };
}
