import type { LatLng } from '../../../apps/tracker/src/geo';

export interface Vehicle { id: string; position: LatLng }
