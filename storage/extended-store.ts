// Reads that both adapters offer beyond the `Store` port: the history the port keeps but cannot
// show, and full-text search over advert title and text.
import type { Store } from './ports.ts';
import type { Advert, Assessment } from './records.ts';

export interface ExtendedStore extends Store {
  /** Earlier versions of an advert, oldest first (the current one is `getAdvert`). */
  listAdvertVersions(advertId: string): Promise<Advert[]>;
  /** Every assessment of an advert, oldest first by `assessedAt` (the last is `getAssessment`). */
  listAssessments(advertId: string): Promise<Assessment[]>;
  /**
   * Adverts whose title or text contain every word of `query` (case- and accent-insensitive),
   * best match first. Words are matched as given; operators in `query` are not interpreted.
   * Default limit 20.
   */
  searchAdverts(query: string, limit?: number): Promise<Advert[]>;
}
