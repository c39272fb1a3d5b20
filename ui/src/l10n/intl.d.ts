// The ES2023 library's overload, which this project's ES2022 `lib` lacks.
declare namespace Intl {
  interface NumberFormat {
    /**
     * A decimal string is formatted exactly, digit for digit (ECMA-402
     * NumberFormat v3), with no detour through a float.
     */
    format(value: `${number}`): string;
  }
}
