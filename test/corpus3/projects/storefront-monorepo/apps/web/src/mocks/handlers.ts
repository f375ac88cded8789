import { http, HttpResponse } from 'msw';

export const handlers = [
  http.post('http://localhost:3000/api/auth/login', async () => {
    return HttpResponse.json({ token: 'mock-token', user: { id: 'u_1', email: 'jane.doe@example.com' } });
  }),
  http.get('http://localhost:3000/api/products', () => {
    return HttpResponse.json({
      data: [
        { id: 'p_1', title: 'Espresso cups (set of 4)', priceCents: 2400 },
        { id: 'p_2', title: 'Pour-over kettle', priceCents: 5900 },
      ],
      page: 1,
      perPage: 24,
    });
  }),
];
