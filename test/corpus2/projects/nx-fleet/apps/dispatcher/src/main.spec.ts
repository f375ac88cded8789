import { haversine } from '../../tracker/src/geo';

const apiKey = 'dGVzdC1rZXktZm9yLXNwZWNz';

describe('dispatcher', () => {
  it('computes distances', () => {
    expect(haversine({ lat: 0, lng: 0 }, { lat: 0, lng: 0 })).toBe(0);
    expect(apiKey).toBeTruthy();
  });
});
