// Approximate exchange rates for turning advertised pay into a monthly EUR estimate.
//
// These are rounded reference values (units of the currency per 1 EUR), good enough to compare
// pay across countries at the precision the risk score needs ("far above the norm"), not for
// accounting. They are updated by hand now and then; the version names the month they were last
// reviewed, and it is recorded with every salary estimate's consumer (the scorer version) so
// an old score can be reproduced. BGN stays listed at its fixed conversion rate because older
// Bulgarian adverts still quote leva.

export interface EurRateTable {
  /** Year-month the table was last reviewed. */
  version: string;
  /** ISO 4217 code → units of that currency per 1 EUR. */
  rates: Readonly<Record<string, number>>;
}

export const EUR_RATES: EurRateTable = {
  version: '2026-11',
  rates: {
    EUR: 1,
    // EU, non-euro
    PLN: 4.25,
    RON: 5.05,
    BGN: 1.95583,
    CZK: 24.5,
    HUF: 390,
    SEK: 11,
    DKK: 7.46,
    // rest of Europe
    GBP: 0.86,
    CHF: 0.93,
    NOK: 11.6,
    ISK: 145,
    UAH: 48,
    MDL: 19.5,
    RSD: 117,
    MKD: 61.5,
    ALL: 98,
    BAM: 1.95583,
    GEL: 3.1,
    TRY: 48,
    RUB: 95,
    BYN: 3.6,
    // frequent in adverts for work outside Europe
    USD: 1.16,
    CAD: 1.6,
    AUD: 1.75,
    AED: 4.25,
    QAR: 4.2,
    SAR: 4.35,
    ILS: 4.0,
    JPY: 170,
    CNY: 8.3,
  },
};
