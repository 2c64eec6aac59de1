/**
 * Check digits of the external identifiers the format knows. Unknown schemes pass: the format
 * lets publishers use any scheme (`wikidata`, `DE-HRB`…), it only verifies those it can.
 */

/** The Luhn sum used by SIREN and SIRET. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = digits.charCodeAt(digits.length - 1 - index) - 48;
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

// La Poste's establishments share SIREN 356000000 and do not follow Luhn: their SIRET digits sum to a multiple of 5.
const LA_POSTE_SIREN = '356000000';

export function checkIdentifier(scheme: string, rawValue: string): boolean {
  const value = rawValue.replace(/\s/g, '');
  switch (scheme.toUpperCase()) {
    case 'FR-SIREN':
      return /^\d{9}$/.test(value) && luhnValid(value);
    case 'FR-SIRET':
      if (!/^\d{14}$/.test(value)) return false;
      if (value.startsWith(LA_POSTE_SIREN) && value !== `${LA_POSTE_SIREN}00048`) {
        return [...value].reduce((sum, digit) => sum + Number(digit), 0) % 5 === 0;
      }
      return luhnValid(value);
    case 'WIKIDATA':
      return /^Q\d+$/.test(value);
    default:
      return true;
  }
}
