/**
 * Who made it and who is in it: directors (films) or creators (series), then
 * the top of the cast with small photos.
 */
import type { MediaType, Person } from '../../utils/types';
import { t } from '../shared/i18n';
import { imageUrl } from '../shared/links';

/** How many cast members fit in the card without scrolling forever. */
export const CAST_SHOWN = 6;

export interface CardPeopleProps {
  type: MediaType;
  makers: string[];
  cast: Person[];
}

/** The makers line and the cast list; nothing when TMDB has neither. */
export function CardPeople({ type, makers, cast }: CardPeopleProps) {
  const top = cast.slice(0, CAST_SHOWN);
  if (makers.length === 0 && top.length === 0) return null;

  return (
    <section class="people">
      {makers.length > 0 ? (
        <p class="makers">
          <span class="label">{t(type === 'tv' ? 'card_created_by' : 'card_directed_by')}</span>{' '}
          {makers.join(', ')}
        </p>
      ) : null}
      {top.length > 0 ? (
        <>
          <h3 class="section-title">{t('card_cast')}</h3>
          <ul class="cast">
            {top.map((person) => (
              <CastMember key={person.id} person={person} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function CastMember({ person }: { person: Person }) {
  const small = imageUrl('w45', person.profilePath);
  const large = imageUrl('w185', person.profilePath);
  return (
    <li class="cast-member">
      {small ? (
        <img
          class="face"
          src={small}
          srcset={large ? `${small} 1x, ${large} 2x` : undefined}
          width={40}
          height={60}
          alt=""
          loading="lazy"
          referrerpolicy="no-referrer"
        />
      ) : (
        <span class="face face-empty" aria-hidden="true" />
      )}
      <span class="person">
        <span class="person-name">{person.name}</span>
        {person.character ? <span class="character">{person.character}</span> : null}
      </span>
    </li>
  );
}
