import type { PiiCryptoService } from '../citizens/pii-crypto.service.js';
import { foldVietnamese } from '../cases/domain/search-text.js';
import type { Reception, RepresentativeData } from './reception.entity.js';

export type StoredRepresentatives = Pick<
  Reception,
  | 'representatives'
  | 'representativesSealed'
  | 'representativesCipher'
  | 'representativesNameIndex'
  | 'representativeIdHashes'
  | 'searchText'
>;

/**
 * How a visit's representatives are stored. Sealed: encrypted, with a blind index of the name words and no
 * search text (nothing in clear). Not sealed: in clear, with the folded names and ID numbers as search text.
 * The keyed hashes of the ID numbers are kept either way (repeat visits; sealed ID search).
 */
export function storeRepresentatives(
  crypto: PiiCryptoService,
  representatives: RepresentativeData[],
  sealed: boolean,
): StoredRepresentatives {
  const idNumbers = representatives.flatMap((r) => (r.idNumber ? [r.idNumber] : []));
  const representativeIdHashes = [...new Set(idNumbers.map((id) => crypto.idNumberHash(id)))];
  if (sealed) {
    return {
      representatives: null,
      representativesSealed: true,
      representativesCipher: crypto.encrypt(representatives),
      representativesNameIndex: [...new Set(representatives.flatMap((r) => crypto.nameIndex(r.fullName)))],
      representativeIdHashes,
      searchText: '',
    };
  }
  return {
    representatives,
    representativesSealed: false,
    representativesCipher: null,
    representativesNameIndex: null,
    representativeIdHashes,
    // One folded piece per name and ID number, kept apart so that a query never matches across two of them.
    searchText: representatives
      .flatMap((r) => [r.fullName, r.idNumber ?? ''])
      .map(foldVietnamese)
      .filter(Boolean)
      .join(' | '),
  };
}

/** The representatives as stored: only the fields of the register, absent ones as null. */
export function normaliseRepresentatives(
  input: { fullName: string; idNumber?: string | null; address?: string | null; phone?: string | null }[],
): RepresentativeData[] {
  return input.map((r) => ({
    fullName: r.fullName,
    idNumber: r.idNumber ?? null,
    address: r.address ?? null,
    phone: r.phone ?? null,
  }));
}
