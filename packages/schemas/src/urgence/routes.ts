import { Type } from "@sinclair/typebox";
import { withSchemas } from "../routes.ts";
import { IdParams, NetworkQuery, Uuid } from "./common.ts";
import {
  Dashboard,
  DashboardQuery,
  MatchingBody,
  MatchingResult,
  NetworkList,
  NetworkView,
  UrgenceSettings,
  UrgenceSettingsBody,
} from "./coordination.ts";
import { ExportQuery, PersonExport } from "./export.ts";
import { MapQuery, NetworkMap, NetworkMemberBody, NetworkMemberParams, SectorBody, SectorView, UpdateSectorBody } from "./map.ts";
import {
  AvailabilityQuery,
  AvailabilityView,
  CreateRequestBody,
  CreateStructureBody,
  DeclareAvailabilityBody,
  EncounterBody,
  EncounterQuery,
  EncounterView,
  ProposalBody,
  RequestQuery,
  RequestView,
  StructureQuery,
  StructureView,
  TransitionBody,
} from "./operations.ts";
import { URGENCE_PATHS } from "./paths.ts";
import {
  ConsentBody,
  CreatePersonBody,
  DuplicateList,
  InactivityBody,
  InactivityResult,
  MergeBody,
  PeoplePage,
  PeopleQuery,
  PersonView,
  PurposeBody,
  ReadQuery,
  StatusChangeBody,
  Timeline,
  UpdatePersonBody,
} from "./people.ts";
import { RecordChangeBody, RecordChangeDecision, RecordChangeList, RecordChangeParams, RecordChangeView } from "./proposals.ts";

const ConsentParams = Type.Object({ id: Uuid, consentId: Uuid });
const NetworkParams = Type.Object({ networkId: Uuid });
const NoContent = { 204: Type.Null() };

/**
 * The Urgence sociale endpoints (./paths.ts) with the schemas of their parameters, query, body
 * and success answer: the API registers each route from its entry (method, path, schema).
 */
export const URGENCE_ROUTES = withSchemas(URGENCE_PATHS, {
  people: {
    list: { querystring: PeopleQuery, response: { 200: PeoplePage } },
    create: { body: CreatePersonBody, response: { 201: PersonView } },
    get: { params: IdParams, querystring: ReadQuery, response: { 200: PersonView } },
    update: { params: IdParams, body: UpdatePersonBody, response: { 200: PersonView } },
    changeStatus: { params: IdParams, body: StatusChangeBody, response: { 200: PersonView } },
    timeline: { params: IdParams, querystring: ReadQuery, response: { 200: Timeline } },
    giveConsent: { params: IdParams, body: ConsentBody, response: { 201: PersonView } },
    withdrawConsent: { params: ConsentParams, body: PurposeBody, response: NoContent },
    erase: { params: IdParams, body: PurposeBody, response: NoContent },
    merge: { params: IdParams, body: MergeBody, response: { 200: PersonView } },
    split: { params: IdParams, body: PurposeBody, response: { 200: PersonView } },
  },
  proposals: {
    propose: { params: IdParams, body: RecordChangeBody, response: { 201: RecordChangeView } },
    list: { params: IdParams, querystring: ReadQuery, response: { 200: RecordChangeList } },
    decide: { params: RecordChangeParams, body: RecordChangeDecision, response: { 200: RecordChangeView } },
  },
  export: {
    // JSON or PDF (docs/api/export.md): the schema describes the JSON.
    person: {
      params: IdParams,
      querystring: ExportQuery,
      produces: ["application/json", "application/pdf"],
      response: { 200: PersonExport },
    },
  },
  encounters: {
    create: { body: EncounterBody, response: { 201: EncounterView } },
    list: { querystring: EncounterQuery, response: { 200: Type.Array(EncounterView) } },
  },
  requests: {
    create: { body: CreateRequestBody, response: { 201: RequestView } },
    list: { querystring: RequestQuery, response: { 200: Type.Array(RequestView) } },
    get: { params: IdParams, querystring: ReadQuery, response: { 200: RequestView } },
    transition: { params: IdParams, body: TransitionBody, response: { 200: RequestView } },
    proposal: { params: IdParams, body: ProposalBody, response: { 200: RequestView } },
  },
  structures: {
    list: { querystring: StructureQuery, response: { 200: Type.Array(StructureView) } },
    create: { body: CreateStructureBody, response: { 201: StructureView } },
    get: { params: IdParams, querystring: AvailabilityQuery, response: { 200: StructureView } },
    availability: { params: IdParams, querystring: AvailabilityQuery, response: { 200: AvailabilityView } },
    declare: { params: IdParams, body: DeclareAvailabilityBody, response: { 200: AvailabilityView } },
  },
  matching: {
    run: { body: MatchingBody, response: { 200: MatchingResult } },
  },
  duplicates: {
    list: { querystring: NetworkQuery, response: { 200: DuplicateList } },
  },
  dashboard: {
    get: { querystring: DashboardQuery, response: { 200: Dashboard } },
    // A CSV file: no JSON answer to describe.
    csv: { querystring: DashboardQuery, produces: ["text/csv"], response: {} },
  },
  settings: {
    get: { params: NetworkParams, response: { 200: UrgenceSettings } },
    put: { params: NetworkParams, body: UrgenceSettingsBody, response: { 200: UrgenceSettings } },
    applyInactivity: { body: InactivityBody, response: { 200: InactivityResult } },
  },
  networks: {
    list: { response: { 200: NetworkList } },
    addMember: { params: NetworkMemberParams, body: NetworkMemberBody, response: { 200: NetworkView } },
    removeMember: { params: NetworkMemberParams, body: NetworkMemberBody, response: { 200: NetworkView } },
  },
  sectors: {
    list: { querystring: NetworkQuery, response: { 200: Type.Array(SectorView) } },
    create: { body: SectorBody, response: { 201: SectorView } },
    update: { params: IdParams, body: UpdateSectorBody, response: { 200: SectorView } },
    remove: { params: IdParams, body: PurposeBody, response: NoContent },
  },
  map: {
    get: { querystring: MapQuery, response: { 200: NetworkMap } },
  },
});
