"""`manage.py seed_bulk`: a national-scale database for the benchmark (`manage.py bench`).

Fills the database that DATABASE_URL names with `--postings` live offers and as many old ones
(expired, closed, rejected, or still marked published past their deadline), from
organisations of its own (slugs `seed-bulk-…`, see `postings.bulk_data`). The rows go in
through COPY on one connection per core, the table's indexes dropped before and rebuilt
after, then the table is vacuumed and analysed: 100 000 + 100 000 offers take a couple of
minutes on two cores.

It refuses to run, unless `--force`, when the database holds any offer of another employer:
point it at a database of its own, e.g.
`DATABASE_URL=postgres://postgres@127.0.0.1:5432/tremplin_bench`. Running it again replaces
its own offers (same `--seed`, same data).
"""

from __future__ import annotations

import itertools
import os
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection, transaction
from django.db.models import Field
from django.utils import timezone

from board.models import Employer
from postings.bulk_data import (
    BULK_SLUG_PREFIX,
    BulkEmployer,
    BulkGenerator,
    BulkOffer,
    contract_mix,
    write_text,
)
from postings.models import Posting

SHARED = settings.BASE_DIR.parent / "shared"
# About one organisation per 30 offers; a few big ones post many of them.
OFFERS_PER_EMPLOYER = 30
REFUSED = (
    "Cette base contient {count} offre(s) d'autres employeurs que ceux de seed_bulk : "
    "elle ressemble à une base réelle. Utilisez une base à part (DATABASE_URL=…/tremplin_bench) "
    "ou ajoutez --force pour y ajouter quand même les offres de test."
)
# The table's own indexes (not those behind a primary key or unique constraint).
INDEXES_SQL = """
SELECT cls.relname, pg_get_indexdef(idx.indexrelid)
FROM pg_index idx JOIN pg_class cls ON cls.oid = idx.indexrelid
WHERE idx.indrelid = %s::regclass
  AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = idx.indexrelid)
ORDER BY cls.relname
"""


def copy_columns() -> list[Field]:
    """The columns COPY writes: every stored field but the id and the generated ones."""
    return [
        field
        for field in Posting._meta.concrete_fields
        if not field.primary_key and not getattr(field, "generated", False)
    ]


class Command(BaseCommand):
    help = (
        "Remplit la base (DATABASE_URL) de N offres en ligne et N anciennes, pour le banc "
        "d'essai. Refuse une base qui contient des offres réelles, sauf --force."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--postings", type=int, default=100_000, help="offres en ligne")
        parser.add_argument(
            "--old",
            type=int,
            default=None,
            help="offres expirées, clôturées ou refusées (par défaut autant que --postings)",
        )
        parser.add_argument("--seed", type=int, default=2026, help="graine du tirage")
        parser.add_argument(
            "--jobs",
            type=int,
            default=os.cpu_count() or 1,
            help="connexions qui chargent en parallèle (PostgreSQL calcule l'index plein "
            "texte de chaque offre : c'est l'essentiel du temps)",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="ajouter les offres même si la base contient celles d'autres employeurs",
        )

    def handle(self, *args: Any, postings: int, old: int | None, seed: int, **options: Any) -> None:
        started = time.monotonic()
        self.verbosity = options["verbosity"]
        old = postings if old is None else old
        foreign = Posting.objects.exclude(employer__slug__startswith=BULK_SLUG_PREFIX).count()
        if foreign and not options["force"]:
            raise CommandError(REFUSED.format(count=foreign))
        generator = BulkGenerator(seed=seed, contracts=contract_mix(SHARED), now=timezone.now())
        drawn = generator.employers(max(20, (postings + old) // OFFERS_PER_EMPLOYER))
        employers = self.save_employers(drawn)
        offers = self.draw(generator, drawn, employers, live=postings, old=old)
        self.step("tirage", started)
        with transaction.atomic():
            self.remove_own_offers(only_own=not foreign)
            indexes = self.drop_indexes()
        try:
            self.copy(offers, employers, jobs=options["jobs"])
        except BaseException:
            if not connection.in_atomic_block:  # else the rollback brings them back
                self.create_indexes(indexes)
            raise
        self.step("COPY", started)
        self.create_indexes(indexes)
        self.step("index", started)
        if not connection.in_atomic_block:  # VACUUM cannot run inside a transaction
            # The organisations too: without statistics PostgreSQL guesses that 5 % are
            # suspended and scans their whole table (1 ms) for each live-offer query.
            employer_table = Posting._meta.get_field("employer").related_model._meta.db_table
            with connection.cursor() as cursor:
                cursor.execute(f"VACUUM (ANALYZE) {Posting._meta.db_table}, {employer_table}")
            self.step("VACUUM ANALYZE", started)
        if options["verbosity"] >= 1:
            live = Posting.objects.published().count()
            self.stdout.write(
                f"{live} offres en ligne et {len(offers) - live} anciennes créées "
                f"({len(employers)} employeurs) en {time.monotonic() - started:.0f} s."
            )

    def step(self, name: str, started: float) -> None:
        """At verbosity 2, how long the run has taken when a step ends."""
        if self.verbosity >= 2:
            self.stdout.write(f"{name} : {time.monotonic() - started:.1f} s")

    def save_employers(self, drawn: list[BulkEmployer]) -> dict[str, Employer]:
        """The organisations by slug, created once and kept from one run to the next."""
        Employer.objects.bulk_create(
            [
                Employer(
                    slug=e.slug,
                    name=e.name,
                    legal_form=e.legal_form,
                    town=e.town,
                    is_verified=e.is_verified,
                    is_suspended=e.is_suspended,
                )
                for e in drawn
            ],
            ignore_conflicts=True,
            batch_size=2000,
        )
        saved = Employer.objects.in_bulk([e.slug for e in drawn], field_name="slug")
        return {e.slug: saved[e.slug] for e in drawn}

    def draw(
        self,
        generator: BulkGenerator,
        drawn: list[BulkEmployer],
        employers: dict[str, Employer],
        *,
        live: int,
        old: int,
    ) -> list[BulkOffer]:
        """All offers, oldest first as they would have been created (so the table's physical
        order is a real one's); live offers come from organisations that are not suspended."""
        active = [e for e in drawn if not employers[e.slug].is_suspended]
        weights = list(itertools.accumulate(1 / (n + 5) for n in range(len(drawn))))
        active_weights = list(itertools.accumulate(1 / (n + 5) for n in range(len(active))))
        rng = generator.rng
        offers = [
            generator.offer(rng.choices(active, cum_weights=active_weights)[0], live=True)
            for _ in range(live)
        ]
        offers += [
            generator.offer(rng.choices(drawn, cum_weights=weights)[0], live=False)
            for _ in range(old)
        ]
        offers.sort(key=lambda offer: offer.created_at)
        return offers

    def remove_own_offers(self, *, only_own: bool) -> None:
        """Empty the table when it holds only our offers (fast, and the ids restart), else
        delete ours one by one through the ORM."""
        if only_own:
            with connection.cursor() as cursor:
                # CASCADE empties what refers to our offers (moderation decisions…).
                cursor.execute(f"TRUNCATE {Posting._meta.db_table} RESTART IDENTITY CASCADE")
        else:
            Posting.objects.filter(employer__slug__startswith=BULK_SLUG_PREFIX).delete()

    def drop_indexes(self) -> list[tuple[str, str]]:
        """Drop the table's indexes, returning (name, definition) to rebuild them: one index
        build after the load is several times faster than updating them row by row."""
        with connection.cursor() as cursor:
            cursor.execute(INDEXES_SQL, [Posting._meta.db_table])
            indexes = cursor.fetchall()
            for name, _ in indexes:
                cursor.execute(f'DROP INDEX "{name}"')
        return indexes

    @transaction.atomic
    def create_indexes(self, indexes: list[tuple[str, str]]) -> None:
        with connection.cursor() as cursor:
            # Django's foreign keys are checked at commit; an index cannot be built while
            # those checks are pending, so run them now.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            # The GIN index over 200 000 texts builds in one pass when it fits in memory.
            cursor.execute("SET LOCAL maintenance_work_mem = '1GB'")
            for _, definition in indexes:
                cursor.execute(definition)

    def copy(self, offers: list[BulkOffer], employers: dict[str, Employer], *, jobs: int) -> None:
        """Load the offers through `jobs` connections at once, each its share in time order
        (so the table's physical order stays roughly chronological); on the current
        connection alone when it is inside a transaction (other connections would wait for
        its lock on the table)."""
        if jobs <= 1 or connection.in_atomic_block:
            copy_offers(offers, employers)
            return
        with ThreadPoolExecutor(jobs) as pool:
            shares = [pool.submit(copy_in_thread, offers[n::jobs], employers) for n in range(jobs)]
            for share in shares:
                share.result()


def copy_in_thread(offers: list[BulkOffer], employers: dict[str, Employer]) -> None:
    """`copy_offers` on this thread's own connection, closed afterwards."""
    try:
        copy_offers(offers, employers)
    finally:
        connection.close()


def copy_offers(offers: list[BulkOffer], employers: dict[str, Employer]) -> None:
    """Stream offers to PostgreSQL with COPY, each one's derived fields computed by
    `Posting.derive_fields()` as `save()` would; PostgreSQL fills `search_vector`."""
    columns = copy_columns()
    names = ", ".join(f'"{field.column}"' for field in columns)
    prepared = {f.attname for f in columns if f.get_internal_type() == "JSONField"}
    sql = f"COPY {Posting._meta.db_table} ({names}) FROM STDIN"
    with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
        for offer in offers:
            write_text(offer)
            posting = Posting(employer=employers[offer.employer.slug], **offer.fields)
            posting.updated_at = max(
                filter(None, [posting.created_at, posting.submitted_at, posting.published_at])
            )
            posting.derive_fields()
            copy.write_row(
                [
                    field.get_db_prep_save(getattr(posting, field.attname), connection)
                    if field.attname in prepared
                    else getattr(posting, field.attname)
                    for field in columns
                ]
            )
