import { useState } from 'react';
import { Button, Group, Radio, Select, Stack, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import {
  unwrap,
  useApi,
  checkRequest,
  useAuth,
  hasAnyRole,
  ROLES,
  ActionDialog,
  formatDate,
  useProgrammeZone,
  QueryState,
  CountedTextarea,
  PagedTable,
  type Column,
} from '@aeo/web';
import type { MraComponents as components } from '@aeo/web';
import { CountryCodeInput } from './CountryCodeInput';
import type { ReviewSearch } from './recognition-search';

type Resolution = components['schemas']['ResolveReviewDto'];

function fetchReviews(api: ReturnType<typeof useApi>, search: ReviewSearch) {
  return unwrap(
    api.mra.GET('/v1/foreign-ids/review-queue', {
      params: {
        query: {
          status: search.status === 'all' ? undefined : search.status,
          country: search.country,
          reason: search.reason,
          q: search.q || undefined,
          sort: search.sort,
          order: search.order,
          page: String(search.page),
          pageSize: String(search.pageSize),
        },
      },
    }),
  );
}

type Review = Awaited<ReturnType<typeof fetchReviews>>['items'][number];

/** A candidate entry of an ambiguous id, as one select value. */
const candidateValue = (candidate: { arrangementId: string; aeoId: string }) =>
  `${candidate.arrangementId}|${candidate.aeoId}`;

/** The resolve dialog's fields: a candidate of an ambiguous id, or an arrangement of the id's country and the AEO id. */
function ResolveFields({
  review,
  draft,
  setDraft,
  errors,
}: {
  review: Review;
  draft: ResolveDraft;
  setDraft: (next: ResolveDraft) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const arrangements = useQuery({
    queryKey: ['mra', 'arrangements', 'of', review.country],
    enabled: draft.resolution === 'matched' && review.candidates.length === 0,
    queryFn: () =>
      unwrap(
        api.mra.GET('/v1/arrangement-overview', {
          params: { query: { partnerCountry: review.country, pageSize: '50' } },
        }),
      ),
  });
  return (
    <>
      {/* No choice made for the officer: matched or not recognised is theirs to pick. */}
      <Radio.Group
        label={t('recognition.reviews.resolution')}
        required
        value={draft.resolution}
        onChange={(value) => setDraft({ ...draft, resolution: value as ResolveDraft['resolution'] })}
        error={errors['resolution']}
        data-testid="resolution"
      >
        <Group mt={4}>
          {(['matched', 'not-recognised'] as const).map((value) => (
            <Radio
              key={value}
              value={value}
              label={t(`recognition.reviews.resolutions.${value}`)}
              data-testid={`resolution-${value}`}
            />
          ))}
        </Group>
      </Radio.Group>
      {draft.resolution === 'matched' &&
        (review.candidates.length > 0 ? (
          <Select
            label={t('recognition.reviews.candidate')}
            required
            data={review.candidates.map((candidate) => ({
              value: candidateValue(candidate),
              label: candidate.aeoId,
            }))}
            value={
              draft.arrangementId ? candidateValue({ arrangementId: draft.arrangementId, aeoId: draft.aeoId }) : null
            }
            onChange={(value) => {
              const [arrangementId = '', aeoId = ''] = (value ?? '').split('|');
              setDraft({ ...draft, arrangementId, aeoId });
            }}
            error={errors['arrangementId'] ?? errors['aeoId']}
          />
        ) : (
          <>
            <Select
              label={t('recognition.reviews.arrangement')}
              required
              data={(arrangements.data?.items ?? []).map((item) => ({ value: item.id, label: item.title }))}
              value={draft.arrangementId || null}
              onChange={(value) => setDraft({ ...draft, arrangementId: value ?? '' })}
              error={errors['arrangementId']}
            />
            <TextInput
              label={t('recognition.reviews.aeoId')}
              required
              maxLength={64}
              value={draft.aeoId}
              onChange={(event) => setDraft({ ...draft, aeoId: event.currentTarget.value })}
              error={errors['aeoId']}
            />
          </>
        ))}
      <CountedTextarea
        label={t('recognition.reviews.note')}
        autosize
        minRows={2}
        maxLength={2000}
        value={draft.note}
        onChange={(event) => setDraft({ ...draft, note: event.currentTarget.value })}
        error={errors['note']}
        data-testid="review-note"
      />
    </>
  );
}

interface ResolveDraft {
  /** Empty until the officer chooses. */
  resolution: 'matched' | 'not-recognised' | '';
  arrangementId: string;
  aeoId: string;
  note: string;
}
const emptyDraft: ResolveDraft = { resolution: '', arrangementId: '', aeoId: '', note: '' };

/**
 * The foreign AEO ids declarations named that matched no partner list entry, or several, awaiting
 * a person's review (oldest first): an MRA officer resolves one as matched to an entry or not recognised.
 */
export function ForeignIdReviewsPage() {
  const { t, i18n } = useTranslation();
  const { zone } = useProgrammeZone();
  const api = useApi();
  const { caller } = useAuth();
  const queryClient = useQueryClient();
  const search = useSearch({ from: '/recognition/foreign-id-reviews' });
  const navigate = useNavigate({ from: '/recognition/foreign-id-reviews' });
  const [q, setQ] = useState(search.q ?? '');
  const [selected, setSelected] = useState<Review>();
  const [draft, setDraft] = useState<ResolveDraft>(emptyDraft);
  const setSearch = (next: Partial<ReviewSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...next }), replace: true });
  const reviews = useQuery({
    queryKey: ['mra', 'reviews', search],
    queryFn: () => fetchReviews(api, search),
    placeholderData: keepPreviousData,
  });
  const canResolve = hasAnyRole(caller, [ROLES.mraOfficer]);

  const columns: Column<Review, ReviewSearch['sort']>[] = [
    {
      key: 'id',
      header: t('recognition.reviews.declaredId'),
      cell: (item) => (
        <>
          <code>{item.declaredId}</code>
          {item.normalisedId !== item.declaredId && <span className="cell-sub">{item.normalisedId}</span>}
        </>
      ),
    },
    { key: 'country', header: t('recognition.reviews.country'), cell: (item) => item.country },
    {
      key: 'reason',
      header: t('recognition.reviews.reason'),
      cell: (item) => (
        <>
          {t(`recognition.reviews.reasons.${item.reason}`)}
          {item.candidates.length > 0 && (
            <span className="cell-sub">{item.candidates.map((candidate) => candidate.aeoId).join(', ')}</span>
          )}
        </>
      ),
    },
    {
      key: 'declarations',
      header: t('recognition.reviews.declarations'),
      sort: 'declarations',
      cell: (item) => item.declarations,
    },
    {
      key: 'firstSeen',
      header: t('recognition.reviews.firstSeen'),
      sort: 'firstSeenAt',
      cell: (item) => formatDate(item.firstSeenAt, i18n.language, true, zone),
    },
    {
      key: 'lastSeen',
      header: t('recognition.reviews.lastSeen'),
      sort: 'lastSeenAt',
      cell: (item) => formatDate(item.lastSeenAt, i18n.language, true, zone),
    },
    {
      key: 'status',
      // An officer's column holds the Resolve action; a reader's the review's status.
      header: canResolve ? t('recognition.reviews.action') : t('recognition.reviews.status'),
      cell: (item) =>
        item.status === 'open' ? (
          canResolve ? (
            <Button
              size="xs"
              data-testid={`resolve-${item.id}`}
              onClick={() => {
                setDraft(emptyDraft);
                setSelected(item);
              }}
            >
              {t('recognition.reviews.resolve')}
            </Button>
          ) : (
            <span className="pill pill-warn">{t('recognition.reviews.statuses.open')}</span>
          )
        ) : (
          <>
            <span className="pill pill-good">
              {t(`recognition.reviews.resolutions.${item.resolution ?? 'not-recognised'}`)}
            </span>
            <span className="cell-sub">
              {item.resolvedBy} · {formatDate(item.resolvedAt, i18n.language, false, zone)}
            </span>
          </>
        ),
    },
  ];

  return (
    <Stack>
      <Title order={2}>{t('recognition.reviews.title')}</Title>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('recognition.reviews.search')}
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          onKeyDown={(event) => event.key === 'Enter' && setSearch({ q: q.trim() || undefined, page: 1 })}
          onBlur={() => setSearch({ q: q.trim() || undefined, page: 1 })}
          w={220}
        />
        <Select
          label={t('recognition.reviews.status')}
          data={[
            ...(['open', 'resolved'] as const).map((value) => ({
              value,
              label: t(`recognition.reviews.statuses.${value}`),
            })),
            { value: 'all', label: t('recognition.list.all') },
          ]}
          value={search.status}
          onChange={(value) => value && setSearch({ status: value as ReviewSearch['status'], page: 1 })}
          allowDeselect={false}
          w={250}
        />
        <Select
          label={t('recognition.reviews.reason')}
          data={[
            { value: '', label: t('recognition.list.all') },
            ...(['unmatched', 'ambiguous'] as const).map((value) => ({
              value,
              label: t(`recognition.reviews.reasons.${value}`),
            })),
          ]}
          value={search.reason ?? ''}
          onChange={(value) => setSearch({ reason: (value || undefined) as ReviewSearch['reason'], page: 1 })}
          allowDeselect={false}
          w={220}
        />
        <CountryCodeInput value={search.country} onChange={(country) => setSearch({ country, page: 1 })} />
      </Group>
      <QueryState query={reviews}>
        {(page) => (
          <PagedTable
            label={t('recognition.reviews.title')}
            columns={columns}
            items={page.items}
            total={page.total}
            state={search}
            onChange={(next) => setSearch(next)}
            rowKey={(item) => item.id}
            empty={t('recognition.reviews.empty')}
          />
        )}
      </QueryState>
      <ActionDialog
        opened={!!selected}
        onClose={() => setSelected(undefined)}
        title={t('recognition.reviews.resolve')}
        effect={t('recognition.reviews.resolveEffect', { id: selected?.declaredId ?? '' })}
        submitLabel={t('recognition.reviews.resolve')}
        fieldLabels={{
          resolution: t('recognition.reviews.resolution'),
          arrangementId: t('recognition.reviews.arrangement'),
          aeoId: t('recognition.reviews.aeoId'),
          note: t('recognition.reviews.note'),
        }}
        onSubmit={async (key) => {
          if (!selected) return;
          // The choice is required: refused beside it (the operation's schema), nothing sent.
          if (!draft.resolution) {
            checkRequest('mra', 'POST /v1/foreign-ids/reviews/{reviewId}/resolution', {}, t);
            return t('check.required');
          }
          const matched = draft.resolution === 'matched';
          const body: Resolution = {
            resolution: draft.resolution,
            arrangementId: matched ? draft.arrangementId || undefined : undefined,
            aeoId: matched ? draft.aeoId.trim() || undefined : undefined,
            note: draft.note.trim() || undefined,
          };
          checkRequest('mra', 'POST /v1/foreign-ids/reviews/{reviewId}/resolution', body, t);
          await unwrap(
            api.mra.POST('/v1/foreign-ids/reviews/{reviewId}/resolution', {
              params: { path: { reviewId: selected.id }, header: { 'Idempotency-Key': key } },
              body,
            }),
          );
          await queryClient.invalidateQueries({ queryKey: ['mra', 'reviews'] });
        }}
      >
        {(errors) => selected && <ResolveFields review={selected} draft={draft} setDraft={setDraft} errors={errors} />}
      </ActionDialog>
    </Stack>
  );
}
