"""Initial schema: runs, articles, actors (+ mentions), places (+ mentions), attributions,
events (+ event_actors, event_codes), stances, failures.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('runs',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('detente_version', sa.String(length=32), nullable=False),
    sa.Column('schema_version', sa.String(), nullable=False),
    sa.Column('model_name', sa.String(), nullable=True),
    sa.Column('model_version', sa.String(), nullable=True),
    sa.Column('spacy_version', sa.String(), nullable=True),
    sa.Column('engine', sa.String(length=16), nullable=True),
    sa.Column('workers', sa.Integer(), nullable=True),
    sa.Column('reprocess', sa.Boolean(), nullable=False),
    sa.Column('host', sa.String(), nullable=True),
    sa.Column('inputs', sa.JSON(none_as_null=True), nullable=True),
    sa.Column('settings', sa.JSON(none_as_null=True), nullable=True),
    sa.Column('n_read', sa.Integer(), nullable=False),
    sa.Column('n_new', sa.Integer(), nullable=False),
    sa.Column('n_replaced', sa.Integer(), nullable=False),
    sa.Column('n_skipped', sa.Integer(), nullable=False),
    sa.Column('n_failed', sa.Integer(), nullable=False),
    sa.Column('n_actors', sa.Integer(), nullable=False),
    sa.Column('n_places', sa.Integer(), nullable=False),
    sa.Column('n_attributions', sa.Integer(), nullable=False),
    sa.Column('n_events', sa.Integer(), nullable=False),
    sa.Column('n_stances', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_runs'))
    )
    op.create_table('articles',
    sa.Column('id', sa.String(length=16), nullable=False),
    sa.Column('source_id', sa.Text(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('outlet', sa.Text(), nullable=True),
    sa.Column('author', sa.Text(), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('n_chars', sa.Integer(), nullable=False),
    sa.Column('schema_version', sa.String(), nullable=False),
    sa.Column('detente_version', sa.String(length=32), nullable=False),
    sa.Column('processed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('run_id', sa.String(length=32), nullable=False),
    sa.Column('extra', sa.JSON(none_as_null=True), nullable=True),
    sa.ForeignKeyConstraint(['run_id'], ['runs.id'], name=op.f('fk_articles_run_id_runs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_articles')),
    sa.UniqueConstraint('url', name=op.f('uq_articles_url'))
    )
    op.create_index(op.f('ix_articles_outlet_published'), 'articles', ['outlet', 'published'])
    op.create_index(op.f('ix_articles_published'), 'articles', ['published'])
    op.create_index(op.f('ix_articles_run_id'), 'articles', ['run_id'])

    op.create_table('failures',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('run_id', sa.String(length=32), nullable=False),
    sa.Column('input', sa.Text(), nullable=False),
    sa.Column('stage', sa.String(length=16), nullable=False),
    sa.Column('error', sa.String(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('article_id', sa.String(length=16), nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['runs.id'], name=op.f('fk_failures_run_id_runs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_failures'))
    )
    op.create_index(op.f('ix_failures_input'), 'failures', ['input'])
    op.create_index(op.f('ix_failures_run_id'), 'failures', ['run_id'])

    op.create_table('actors',
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('code', sa.String(), nullable=True),
    sa.Column('country', sa.String(), nullable=True),
    sa.Column('kind', sa.String(), nullable=True),
    sa.Column('anonymous', sa.Boolean(), nullable=False),
    sa.Column('extra', sa.JSON(none_as_null=True), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_actors_article_id_articles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'id', name=op.f('pk_actors'))
    )
    op.create_index(op.f('ix_actors_code'), 'actors', ['code'])
    op.create_index(op.f('ix_actors_country'), 'actors', ['country'])
    op.create_index(op.f('ix_actors_name'), 'actors', ['name'])

    op.create_table('attributions',
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('speaker_id', sa.String(), nullable=True),
    sa.Column('speaker_name', sa.Text(), nullable=True),
    sa.Column('speaker_code', sa.String(), nullable=True),
    sa.Column('anonymous', sa.Boolean(), nullable=False),
    sa.Column('kind', sa.String(), nullable=True),
    sa.Column('source_mention_start', sa.Integer(), nullable=True),
    sa.Column('source_mention_end', sa.Integer(), nullable=True),
    sa.Column('source_mention_text', sa.Text(), nullable=True),
    sa.Column('cue_start', sa.Integer(), nullable=True),
    sa.Column('cue_end', sa.Integer(), nullable=True),
    sa.Column('cue_text', sa.Text(), nullable=True),
    sa.Column('content_start', sa.Integer(), nullable=False),
    sa.Column('content_end', sa.Integer(), nullable=False),
    sa.Column('content_text', sa.Text(), nullable=False),
    sa.Column('via', sa.JSON(none_as_null=True), nullable=True),
    sa.Column('via_names', sa.JSON(none_as_null=True), nullable=True),
    sa.Column('extra', sa.JSON(none_as_null=True), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_attributions_article_id_articles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'id', name=op.f('pk_attributions'))
    )
    op.create_index(op.f('ix_attributions_anonymous'), 'attributions', ['anonymous'])
    op.create_index(op.f('ix_attributions_speaker_code'), 'attributions', ['speaker_code'])
    op.create_index(op.f('ix_attributions_speaker_name'), 'attributions', ['speaker_name'])

    op.create_table('events',
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(), nullable=False),
    sa.Column('mode', sa.String(), nullable=True),
    sa.Column('modality', sa.String(), nullable=True),
    sa.Column('condition_id', sa.String(), nullable=True),
    sa.Column('attribution_id', sa.String(), nullable=True),
    sa.Column('date_value', sa.String(), nullable=True),
    sa.Column('date_precision', sa.String(), nullable=True),
    sa.Column('date_text', sa.Text(), nullable=True),
    sa.Column('date_start', sa.Date(), nullable=True),
    sa.Column('date_end', sa.Date(), nullable=True),
    sa.Column('location_place_id', sa.String(), nullable=True),
    sa.Column('location_name', sa.Text(), nullable=True),
    sa.Column('location_country', sa.String(), nullable=True),
    sa.Column('location_lat', sa.Float(), nullable=True),
    sa.Column('location_lon', sa.Float(), nullable=True),
    sa.Column('location_geonameid', sa.Integer(), nullable=True),
    sa.Column('quantities', sa.JSON(none_as_null=True), nullable=True),
    sa.Column('trigger_start', sa.Integer(), nullable=False),
    sa.Column('trigger_end', sa.Integer(), nullable=False),
    sa.Column('trigger_text', sa.Text(), nullable=False),
    sa.Column('evidence_start', sa.Integer(), nullable=False),
    sa.Column('evidence_end', sa.Integer(), nullable=False),
    sa.Column('evidence_text', sa.Text(), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=True),
    sa.Column('cameo', sa.String(), nullable=True),
    sa.Column('extra', sa.JSON(none_as_null=True), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_events_article_id_articles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'id', name=op.f('pk_events'))
    )
    op.create_index(op.f('ix_events_cameo'), 'events', ['cameo'])
    op.create_index(op.f('ix_events_date_start'), 'events', ['date_start'])
    op.create_index(op.f('ix_events_modality'), 'events', ['modality'])
    op.create_index(op.f('ix_events_type'), 'events', ['type'])

    op.create_table('places',
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('country', sa.String(), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('geonameid', sa.Integer(), nullable=True),
    sa.Column('feature', sa.String(), nullable=True),
    sa.Column('extra', sa.JSON(none_as_null=True), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_places_article_id_articles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'id', name=op.f('pk_places'))
    )
    op.create_index(op.f('ix_places_country'), 'places', ['country'])
    op.create_index(op.f('ix_places_geonameid'), 'places', ['geonameid'])
    op.create_index(op.f('ix_places_name'), 'places', ['name'])

    op.create_table('stances',
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.String(), nullable=True),
    sa.Column('actor_code', sa.String(), nullable=True),
    sa.Column('topic', sa.String(), nullable=True),
    sa.Column('position', sa.String(), nullable=True),
    sa.Column('conditions', sa.JSON(none_as_null=True), nullable=True),
    sa.Column('evidence_start', sa.Integer(), nullable=False),
    sa.Column('evidence_end', sa.Integer(), nullable=False),
    sa.Column('evidence_text', sa.Text(), nullable=False),
    sa.Column('attribution_id', sa.String(), nullable=True),
    sa.Column('date_value', sa.String(), nullable=True),
    sa.Column('date_precision', sa.String(), nullable=True),
    sa.Column('date_text', sa.Text(), nullable=True),
    sa.Column('date_start', sa.Date(), nullable=True),
    sa.Column('date_end', sa.Date(), nullable=True),
    sa.Column('extra', sa.JSON(none_as_null=True), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_stances_article_id_articles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'id', name=op.f('pk_stances'))
    )
    op.create_index(op.f('ix_stances_actor_code_date_start'), 'stances', ['actor_code', 'date_start'])
    op.create_index(op.f('ix_stances_date_start'), 'stances', ['date_start'])
    op.create_index(op.f('ix_stances_topic_position'), 'stances', ['topic', 'position'])

    op.create_table('actor_mentions',
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('actor_id', sa.String(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('mention_start', sa.Integer(), nullable=False),
    sa.Column('mention_end', sa.Integer(), nullable=False),
    sa.Column('mention_text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id', 'actor_id'], ['actors.article_id', 'actors.id'], name=op.f('fk_actor_mentions_article_id_actor_id_actors'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'actor_id', 'seq', name=op.f('pk_actor_mentions'))
    )
    op.create_table('event_actors',
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('event_id', sa.String(), nullable=False),
    sa.Column('role', sa.String(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['article_id', 'event_id'], ['events.article_id', 'events.id'], name=op.f('fk_event_actors_article_id_event_id_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'event_id', 'role', 'seq', name=op.f('pk_event_actors'))
    )
    op.create_index(op.f('ix_event_actors_article_id_actor_id'), 'event_actors', ['article_id', 'actor_id'])

    op.create_table('event_codes',
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('event_id', sa.String(), nullable=False),
    sa.Column('role', sa.String(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['article_id', 'event_id'], ['events.article_id', 'events.id'], name=op.f('fk_event_codes_article_id_event_id_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'event_id', 'role', 'seq', name=op.f('pk_event_codes'))
    )
    op.create_index(op.f('ix_event_codes_code_role'), 'event_codes', ['code', 'role'])

    op.create_table('place_mentions',
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('place_id', sa.String(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('mention_start', sa.Integer(), nullable=False),
    sa.Column('mention_end', sa.Integer(), nullable=False),
    sa.Column('mention_text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id', 'place_id'], ['places.article_id', 'places.id'], name=op.f('fk_place_mentions_article_id_place_id_places'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'place_id', 'seq', name=op.f('pk_place_mentions'))
    )


def downgrade() -> None:
    op.drop_table('place_mentions')
    op.drop_table('event_codes')
    op.drop_table('event_actors')
    op.drop_table('actor_mentions')
    op.drop_table('stances')
    op.drop_table('places')
    op.drop_table('events')
    op.drop_table('attributions')
    op.drop_table('actors')
    op.drop_table('failures')
    op.drop_table('articles')
    op.drop_table('runs')
