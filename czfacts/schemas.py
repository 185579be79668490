"""One schema per data file (czfacts/data/<name>.toml), checked when a user lexicon is merged
over it and, for the bundled files alone, by tests/test_bundled_data.py.

Every section and key a file may hold is declared here; an unknown key, a missing one or a
value of the wrong shape is a LexiconError that names the file, the key and its line
(lexicon.load). A user lexicon (Extractor(lexicons=...)) is merged over the bundled data
and checked by the same schemas. The word lists themselves live in the data files; what a
key is for is said in a comment beside it there.
"""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .lexicon import CANONICAL_UNITS

Word = str
Words = list[Word]
Kind = Literal["amount", "count", "growth", "share", "change", "ratio", "rank"]
Bound = Literal["eq", "approx", "gt", "ge", "lt", "le"]


class Section(BaseModel):
    """A table of a data file: only its declared keys, each of its declared shape."""

    model_config = ConfigDict(extra="forbid")

    @field_validator("*")
    @classmethod
    def _no_empty_words(cls, value: object) -> object:
        if isinstance(value, list) and any(isinstance(w, str) and not w for w in value):
            raise ValueError("an empty word")
        return value


# ---------------------------------------------------------------- attribution.toml

class Lists(Section):
    connectors: Words
    predicate_joiners: Words
    respectively: Words
    rate_suffixes: Words
    listed_owner_suffixes: Words
    place_list_verbs: Words
    pointed_places: Words
    region_item_end: Word
    region_suffix: Word
    compounds: dict[Word, Words]


class Routes(Section):
    joiners: Words
    vias: Words
    measures: Words
    units: Words


class OwnerPronoun(Section):
    its: Word
    not_words: Words


class Villages(Section):
    end: Word
    references: Words
    not_opening: Words
    not_after: Words
    generic: Words


class Subjects(Section):
    document_place: Words
    document_province: Words
    city_references: Words
    county_references: Words
    country: Words
    reference_not_before: Words
    demonstratives: Words
    site_openers: Words
    site_located: Words
    villages: Villages
    site_facilities: Words
    inside_of: Words
    grant_verbs: Words
    speech_verbs: Words
    first_person: Words
    trade_roles: Words
    speaker_titles: Words
    person_roles: Words
    person_pronouns: Words
    person_groups: Words
    person_descriptor_ends: Words
    family_names: Words
    reports: Words
    report_leads: Words
    located_in: Words
    firm_heads: Words
    firm_trades: Words
    place_descriptors: Words
    owner_pronoun: OwnerPronoun
    back_references: BackReferences
    disclosures: Disclosures
    clefts: Words
    role_openers: Words
    story_pointers: Words
    visited_pointers: Words
    here_words: Words
    joint_separator: str
    team_titles: Words
    team_words: Words
    partnership_verbs: Words
    title_classes: Words
    country_name: str
    world: Words
    foreign_economies: Words
    world_topics: Words
    superlatives: Words
    world_name: str
    capacity_units: Words
    county_suffixes: Words
    clause_openers: Words
    object_markers: Words
    benefactives: Words
    kinds_of_organisation: Words
    public_purses: Words
    organisation_descriptions: Words
    owner_verbs: Words
    count_owner_gaps: Words
    class_qualifiers: Words
    set_owners: Words
    set_batches: Words
    one_of: Words
    region_links: Words
    region_totals: Words
    province_nouns: Words
    province_kinds: Words
    region_nouns: Words
    counted_region_forms: dict[str, str]
    county_nouns: Words
    rest_words: Words
    organisation_suffixes: Words
    placed_suffixes: Words
    zone_names: Words
    standalone_zones: Words
    counted_owner_classifiers: Words
    counted_owner_nouns: Words
    counted_owner_verbs: Words
    facility_kinds: Words
    facility_measures: Words
    facility_operations: Words
    facility_operation_openers: Words
    way_kinds: Words
    noun_suffixes: Words
    project_suffixes: Words
    example_frame: Words
    sub_areas: Words
    area_suffixes: Words
    routes: Routes
    organisations: Words = Field(default_factory=list)  # names a user lexicon adds (宁德时代)


class Scopes(Section):
    words: Words
    rank_verbs: Words
    rank_copulas: Words
    ranked_among: dict[str, Words]
    rank_markers: Words
    rank_suffixes: Words
    size_scopes: Words


class StreakFrame(Section):
    opens: Words
    closes: Words


class BuiltNames(Section):
    increment: str
    growth_rate: str
    rates: Words
    share_of: str
    share_noun: str
    share_nouns_kept: Words
    share_things: dict[str, str]
    share_alone: str
    share_reached: str
    people_count: str
    population: str
    extension_verbs: Words
    extension_term: str
    people: str
    output: str
    output_verbs: Words
    product_frames: Words
    kind_classifiers: Words
    earning: str
    earning_verbs: Words
    economy: Words
    economic_growth: str
    completion_rate: str
    use_verbs: Words
    use_modals: Words
    completion_cues: Words
    task_completions: dict[Word, Word]
    suffixes: Words
    duration: str
    time_taken_openers: Words
    time_taken: str
    time_used_verbs: Words
    time_used_adverbs: Words
    time_used: str
    time_used_span: Words
    goal: str
    streak_markers: Words
    streak_fillers: Words
    streak_adverbs: Words
    streak_frame: StreakFrame
    topic_marker: str
    streak_ends: Words


class Frames(Section):
    opening: Words
    closing: Words
    aspect: Words


class ExtremeRates(Section):
    extremes: Words
    rates: Words


class Spending(Section):
    verbs: Words
    money: Words
    modals: Words
    nouns: Words
    money_after: Words


class Breakdowns(Section):
    opening: Words
    closing: Words


class Conversions(Section):
    rate_opening: Words
    rate: Words
    verbs: Words


class BackReferences(Section):
    pointers: Words
    kinds: Words
    single_kinds: Words


class Disclosures(Section):
    verbs: Words
    papers: Words
    name_ends: Words
    not_firms: Words


class PartnerRank(Section):
    verbs: Words
    owners: Words
    ordinals: Words
    ranks: Words
    nouns: Words


class MetricWords(Section):
    spending: Spending
    frames: Frames
    continuations: Words
    pivot_verbs: Words
    transfer_verbs: Words
    title_ends: Words
    title_predicates: Words
    transfer_measures: Words
    contribution_of_share_verbs: Words
    outcome_verbs: Words
    outcome_openers: Words
    move_verbs: Words
    ahead_words: Words
    per_head: Words
    sums_of_money: Words
    relief_verbs: Words
    relief_objects: Words
    people_heads: Words
    bare_heads: Words
    outcomes: Words
    measure_endings: Words
    listed_measures: Words
    plan_words: Words
    shared_heads: Words
    measured_tails: Words
    trailing_actions: Words
    conversions: Conversions
    breakdowns: Breakdowns
    done_suffixes: Words
    improved_attributes: Words
    rate_name_ends: Words
    measured_qualities: Words
    elided_suffixes: Words
    opinion_heads: Words
    reach_verbs: Words
    title_given: Words
    place_kinds: Words
    heads: Words
    name_heads: Words
    far_name_heads: Words
    name_head_characters: Words
    pilot_marks: Words
    noun_prefixes: Words
    works: Words
    programmes: Words
    uncounted_heads: Words
    leading_adverbs: Words
    manner_idioms: Words
    sum_adverbs: Words
    modals: Words
    people_classifiers: Words
    benefits: dict[Word, Word]
    reached_verbs: Words
    reached_counts: dict[Word, Word]
    manners: Words
    class_attribute_ends: Words
    name_negations: Words
    bound_name_heads: Words
    streak_negations: Words
    aspect_particles: Words
    verbs_read_as_nouns: Words
    noun_stop_words: Words
    owned_heads: Words
    total_heads: Words
    annual_output: Words
    annual_capacity: str
    each: str
    totals: Words
    per_time: Words
    own_heads: Words
    connectives: Words
    subject_words: Words
    predicates: Words
    end_words: Words
    adverbs_inside: Words
    flow_verbs: Words
    done_marks: Words
    implied_heads: dict[str, str]
    ratio_basis_verbs: Words
    ratio_connectors: Words
    ratio_nouns: Words
    yields: Words
    announcing_verbs: Words
    raise_verbs: Words
    lower_verbs: Words
    dimensions: dict[str, str]
    dimension_verbs: Words
    weight_dimension: Word
    enumerated_names: Words
    scope_words: Words
    noun_stops: Words
    not_nouns: Words
    numeral_names: Words
    verbal_classifiers: Words
    activity_heads: Words
    noun_classifiers: Words
    classifier_nouns: dict[Word, Word]
    grouping_classifiers: dict[Word, Word]
    measures_of_policies: Words
    partner_rank: PartnerRank
    partner_prepositions_by_trade: dict[Word, Word]
    pointing_back: Words
    manner_prepositions: Words
    whole_words: Words
    glued_predicates: Words
    counted_place_nouns: Words
    place_count_classifiers: Words
    locatives: Words
    frame_locatives: Words
    frame_words: Words
    frame_locative_words: Words
    state_locatives: Words
    enumeration_ends: Words
    class_nouns: Words
    naming_verbs: Words
    inclusive_ends: Words
    exclusions: dict[str, Words]
    related_openers: Words
    means_markers: Words
    contribution_verbs: Words
    contribution_heads: Words
    investment_done: Words
    extreme_rates: ExtremeRates
    organisation_subtypes: Words
    purpose_verbs: Words
    purpose_heads: Words
    grant_verbs: Words
    grant_heads: Words
    trend_nouns: Words
    counted_areas: Words
    pull_verbs: Words
    impact_verbs: Words
    pull_adverbs: Words
    pull_results: Words
    driving_verbs: Words
    pronouns: Words
    copulas: Words
    grade_units: Words
    list_marks: Words
    site_heads: Words
    site_measures: dict[Literal["openers", "ends"], Words]
    grade_suffixes: Words
    unit_capacity: UnitCapacity
    stays: Stays
    capacity_words: Words
    capacity_ends: Words
    generation_words: Words
    installed: Word
    retiring_verbs: Words
    attribute_heads: Words
    partner_prepositions: Words
    counted_partner_prepositions: Words
    partner_heads: Words
    part_verbs: Words
    share_verb: Words
    share_verbs_as_written: Words
    share_verb_not_before: Words
    share_equivalents: Words
    share_verb_despite: Words
    share_nouns: Words
    share_within: dict[Literal["opening", "closing"], Words]
    described_as: dict[Literal["opening", "closing"], Words]
    relative_not_openers: Words
    described_places: Words
    contribution_owner_tails: Words
    contribution_whens: Words
    owner_list_ends: Words
    whole_prefixes: Words
    partner_self: Words
    self_not_before: Words
    share_made_in: Words
    from_words: Words
    rate_words: Words
    basis_words: Words
    basis_not_after: Words
    basis_not_before: Words
    basis_adverbs: Words
    above_words: Words
    above_not_after: Words
    owner_tails: Words
    class_endings: Words
    counting_label_marks: Words
    package_classifiers: Words
    panel_qualifiers: Words
    institution_classifiers: Words
    institution_heads: Words
    articles: Words
    organisation_classes: Words
    facility_suffixes: Words
    zone_suffixes: Words
    milestones: Words
    share_sets: Words
    one_character_products: Words
    all_adverbs: Words
    leading_verbs: Words
    verb_joiners: Words
    keep_inside: Words
    joining_verbs: Words
    joined_kept: Words
    sector_endings: Words
    part_heads: Words
    flow_parts: dict[str, Words]
    plain_flow_owners: Words
    residence_parts: Words
    sector_counters: Words
    structures: dict[str, Words]
    structure_wholes: Words
    rank_heads: Words
    bare_totals: Words
    total_activities: Words
    ranked_heads: Words
    level_heads: Words
    built: BuiltNames


class Stock(Section):
    words: Words
    changed_sets: Words
    acts_on_stock: Words
    flows: Words
    levels: Words
    count_flows: Words


class ModalityWords(Section):
    future_adverbs: Words
    revisions: Words
    expectation: Word
    disposal_verbs: Words
    target: Words
    target_after: Words
    existing_set_openers: Words
    existing_set_marks: Words
    present_openers: Words
    goal_met: Words
    goal_exceeded: Words
    not_cues: Words
    achieved: Words
    already: Words
    forecast: Words
    duration_moves: Words
    under_construction: Words
    projects: Words
    capacities: Words
    investments: Words
    noun_cues: Words
    verbs_after_cue: Words
    build_verbs: Words
    done_markers: Words


class CountedSets(Section):
    nouns: Words
    spelled_out: dict[Word, Word]
    modifiers: Words
    openers: Words
    wholes: Words
    whole_nouns: Words
    whole_markers: Words
    anaphors: Words
    relative_verbs: Words
    dropped_words: Words
    title_verbs: Words
    threshold_verbs: Words
    sums: Words


class Tokens(Section):
    compounds: dict[Word, str]
    splits: dict[Word, Words]
    noun_suffixes: Words


class Attribution(Section):
    tokens: Tokens
    lists: Lists
    subjects: Subjects
    scopes: Scopes
    metric: MetricWords
    counted_sets: CountedSets
    stock: Stock
    modality: ModalityWords


# ---------------------------------------------------------------- kinds.toml

class Growth(Section):
    up: Words
    down: Words
    level_markers: Words
    stretch_goals: Words
    reaching: Words
    rate_nouns: Words
    lower: Words
    population_rates: Words
    improved: Words
    lower_is_better: Words
    variant_marks: Words


class Rate(Section):
    nouns: Words
    qualifiers: Words
    price_indices: Words
    share_words: Words
    level_verbs: Words
    held_adverbs: Words
    level_rates: Words
    after_up: Words
    after_degrees: Words
    goals_after: Words
    amplitudes: Words
    amplitude_raises: Words
    goal_years: Words
    after_down: Words
    benchmarks: Words


class Fillers(Section):
    words: Words


class Comparison(Section):
    openers: Words
    noun_endings: Words
    not_noun_endings: Words
    benchmark_openers: Words
    not_after: Words
    between: Words
    above: Words
    above_particles: Words
    or_equal: Words
    shared_tails: Words
    same_period: Words
    previous_month: Words
    previous_quarter: Words
    month_bases: Words
    averages: Words
    annual_averages: Words
    annual_average_forms: Words
    real_or_nominal: Words
    annual_average_rates: Words
    ring: Words
    ring_frames: Words
    year_on_year: Words
    quarter: Words
    rates: Words
    verbs: Words


class AbsoluteChange(Section):
    up: Words
    down: Words
    standalone: Words
    basis_words: Words
    basis_adverbs: Words
    cuts: Words
    percent_cuts: Words
    count_cuts: Words
    after_level: Words
    gain_after_level: Words
    level_nouns: Words
    per_unit: Words


class Kinds(Section):
    growth: Growth
    rate: Rate
    fillers: Fillers
    comparison: Comparison
    absolute_change: AbsoluteChange


# ---------------------------------------------------------------- periods.toml

class WordSet(Section):
    words: Words


class Undated(Section):
    words: Words
    not_before: Words


class PerBase(Section):
    words: Words
    one_units: Words
    one_openers: Words
    one_then: Words


class TopShare(Section):
    before: Words
    marks: Words


class PeerComparison(Section):
    joins: Words
    verbs: Words


class Stays(Section):
    words: Words
    measure: str


class UnitCapacity(Section):
    units: Words
    heads: Words
    name: str


class FromTo(Section):
    openers: Words
    turns: Words


class Compared(Section):
    joiners: Words
    closings: Words


class BaseFrame(Section):
    opens: Words
    closes: Words


class BareYears(Section):
    not_before: Words


class StartingDay(Section):
    openers: Words
    closes: Words


class TargetNames(Section):
    verbs: Words
    nouns: Words


class Background(Section):
    words: Words
    record_openers: Words
    since: str


IsoDay = Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$")]


class Holidays(Section):
    after: Words
    back: Words
    ahead_days: int = Field(ge=0)
    names: dict[Word, str]
    spans: dict[str, dict[Annotated[str, Field(pattern=r"^\d{4}$")], tuple[IsoDay, IsoDay]]]

    @model_validator(mode="after")
    def _every_name_has_its_spans(self) -> "Holidays":
        if unknown := set(self.names.values()) - set(self.spans):
            raise ValueError(f"holidays without spans: {sorted(unknown)}")
        if wrong := [f"{h} {y}" for h, years in self.spans.items() for y, (a, b) in years.items() if not a <= b]:
            raise ValueError(f"a holiday's span ends before it starts: {wrong}")
        return self


class Periods(Section):
    relative_years: dict[Word, int]
    centuries: dict[Word, int]
    coming_spans: dict[Word, int]
    plan_frames: WordSet
    same_year: WordSet
    year_before_frame: WordSet
    word_checked: WordSet
    suffix_checked: WordSet
    glossary: WordSet
    starting_day: StartingDay
    ending_day: WordSet
    same_day: WordSet
    year_parts: dict[Word, tuple[int, int]]
    year_instants: dict[Word, tuple[int, int]]
    now: WordSet
    until_now: WordSet
    undated: Undated
    event_frames: WordSet
    background: Background
    target_names: TargetNames
    meeting_dates: WordSet
    own_figures: WordSet
    compared: Compared
    from_to: FromTo
    base_frame: BaseFrame
    frame_openers: WordSet
    continuation: WordSet
    deadline_anaphors: WordSet
    news_days: WordSet
    comparison_markers: WordSet
    peer_comparison: PeerComparison
    bare_years: BareYears
    summed_years: WordSet
    holidays: Holidays


# ---------------------------------------------------------------- context.toml


class PlanStyle(Section):
    results: Words
    plans: Words
    ratio: float
    five_years: Words
    one_year: Words
    not_results: Words


class Terms(Section):
    first_year: int
    years: int


class GenreStyle(Section):
    marks: Words
    against: Words
    per_thousand: float
    against_weight: float
    marks_least: int
    marks_alone: int
    openers: Words
    opener_share: float
    opener_sentences: int
    own_place: Words
    own_place_least: int

class Context(Section):
    country: str
    country_titles: Words
    dateline_end: str
    this_year_named: Words
    headline_prefix: str
    headline_colons: Words
    headline_country: Words
    headline_scopes: Words
    headline_regions: dict[Word, Word]
    no_report_places: Words
    round_up_words: Words
    review_year: str
    review_headings: Words
    review_year_before: Words
    plan_headings: Words
    review_mark: Word
    future_year_before: Words
    future_year_opening: Words
    report_day: str
    communique_day: str
    genre_title: dict[str, Words]
    genre_head: dict[str, Words]
    genre_body: dict[str, Words]
    genre_style: dict[str, GenreStyle]
    plan_year: str
    five_year_review: str
    terms: Terms
    plan_style: PlanStyle
    reference_words: dict[Literal["country", "province", "city"], Words]


# ---------------------------------------------------------------- bounds.toml

class Stated(Section):
    totals: Words
    before: Words
    reached: Words


class Threshold(Section):
    after: Words
    nouns: Words
    kind_openers: Words
    more: Words


class Framing(Section):
    before: Words
    after: Words
    units: Words


class Bounds(Section):
    framing: Framing
    before: dict[Word, Bound]
    not_before: WordSet
    verb_bounds: WordSet
    after: dict[Word, Bound]
    inside: dict[Word, Bound]
    stated: Stated
    threshold: Threshold


# ---------------------------------------------------------------- units.toml

class UnitSpec(Section):
    unit: str
    scale: float
    kind: Kind
    arabic_only: bool = False

    @field_validator("unit")
    @classmethod
    def _canonical(cls, unit: str) -> str:
        if unit not in CANONICAL_UNITS:
            raise ValueError(f"unknown unit {unit!r} (one of {sorted(CANONICAL_UNITS)})")
        return unit


class Never(Section):
    never: Words


class UnknownUnits(Never):
    followed_by: Words


class UnitContext(WordSet):
    units: Words
    after: Words


class Introduced(Section):
    nouns: Words
    verbs: Words


class RatioWords(Introduced):
    marks: Words
    openers: Words
    dated: Words


class Classifiers(Section):
    words: Words
    nouns: Words
    members: dict[Word, str]
    streaks: Words
    not_before: dict[Word, Words] = Field(default_factory=dict)
    counts_anyway: dict[Word, Words] = Field(default_factory=dict)


class AttributiveSuffix(Section):
    direct: dict[str, str]
    with_de: dict[str, str]
    measures: dict[str, str]


class Currencies(Section):
    before_number: Words
    symbols: dict[str, str]


class MoneyWithoutYuan(Section):
    before: Words
    of_money: Words
    after: Words
    spoken_classifiers: Words
    followed_by: Words


class Half(Section):
    before_units_of: Words
    words: Words


class Ranks(Section):
    verbs: Words
    areas: Words
    nouns_after: Words
    member_verbs: Words
    member_measures: Words
    ordinal_mark: Word
    top_mark: Word
    not_top: Words
    rank_unit: Word
    size_mark: Word
    size_tails: Words
    size_ranked: Words
    top_unit: Word
    listed_units: Words
    list_connectors: Words
    list_verbs: Words
    ordinal_nouns: Words
    placed: Words
    placed_verbs: Words
    moves: Words


class Digits(Section):
    marks: Words
    growth: Words


class ZeroGrowth(Section):
    zero: Words
    growth: Words
    not_before: Words


class PeopleWithoutClassifier(Section):
    between: Words
    moved_to: Words
    moved_from: Words
    nouns: dict[Word, Word]


class PlantCapacity(Section):
    not_before: Words


class Units(Section):
    units: dict[Word, UnitSpec]
    digits: Digits
    zero_growth: ZeroGrowth
    unknown_units: UnknownUnits
    classifiers: Classifiers
    attributive_suffix: AttributiveSuffix
    currencies: Currencies
    money_without_yuan: MoneyWithoutYuan
    people_without_classifier: PeopleWithoutClassifier
    plant_capacity: PlantCapacity
    clause_end_units: WordSet
    energy_context: UnitContext
    compute_context: UnitContext
    half: Half
    yuan: WordSet
    coal_equivalent: WordSet
    per: WordSet
    index_value: Introduced
    ratio: RatioWords
    ranks: Ranks


# ---------------------------------------------------------------- nonfacts.toml

class Labels(Section):
    labels: Words
    listed_counts: Words
    unit_after: Words
    rank_marks: Words


class Article(Section):
    numerals: Words
    not_after: Words


class NotBefore(Section):
    not_before: Words


class NotAfter(Section):
    not_after: Words


class Minus(NotAfter):
    words: Words


class Plans(Section):
    nouns: Words


class PlanNames(Plans):
    not_after: Words


class Eras(Section):
    nouns: Words
    before: Words
    openers: Words
    gaps: Words


class Sessions(Section):
    nouns: Words
    bodies: Words


class Pointers(Section):
    words: Words
    nouns: Words


class Nonfacts(Section):
    words: Labels
    article: Article
    cheng: NotBefore
    half: WordSet
    minus: Minus
    plans: PlanNames
    eras: Eras
    circles: Plans
    sessions: Sessions
    pointers: Pointers
    ranked_among: Pointers
    named_thresholds: Pointers
    glossed_lists: Pointers
    glossed_lists_unquoted: Pointers
    top_share: TopShare
    per_base: PerBase
    annexes: WordSet


# ---------------------------------------------------------------- places.toml, counties.toml

class Province(Section):
    name: str
    short: str
    abbr: str
    cities: Words
    city_short: dict[str, str] = Field(default_factory=dict)


class Places(Section):
    regions: dict[Word, Words]
    province: list[Province]


class CountyWords(Section):
    peoples: Words
    ordinary: Words
    inside_words: Words


class Counties(Section):
    words: CountyWords
    counties: dict[str, Words]


# ---------------------------------------------------------------- tables.toml

class Columns(Section):
    growth_words: Words
    population_parts: dict[Word, Word]
    per_household: str
    owning: str
    measure_words: Words
    suffix_measures: Words
    share_measures: Words
    share_labels: Words
    suffix_skip: Words


class Captions(Section):
    tails: Words
    heads: Words


class TableLayout(Section):
    footnote: Words
    caption_label: Words
    base_intro: Words
    base_link: Words
    panel_nouns: Words
    panel_classifiers: Words
    first_half: Words
    second_half: Words
    label_units: Words
    period_marks: Words
    index_words: Words
    city_suffix: Words
    quantity_endings: Words


class Tables(Section):
    label_heads: Words
    unit_heads: Words
    unit_line_heads: Words
    city_heads: Words
    stock_words: Words
    total_rows: Words
    row_prefixes: Words
    bases: dict[Word, str]
    comparisons: dict[Word, str]
    columns: Columns
    captions: Captions
    layout: TableLayout


SCHEMAS: dict[str, type[Section]] = {
    "attribution": Attribution, "kinds": Kinds, "periods": Periods, "context": Context, "bounds": Bounds,
    "units": Units, "nonfacts": Nonfacts, "places": Places, "counties": Counties, "tables": Tables,
}
