import { ref, computed } from 'vue';
import { http, REFRESH_TOKEN_STORAGE_KEY } from '../api/http';

const accessToken = ref<string | null>(null);
const user = ref<{ id: string; email: string; roles: string[] } | null>(null);

export function useAuth() {
  const isAdmin = computed(() => user.value?.roles.includes('admin') ?? false);

  async function login(email: string, password: string) {
    const { data } = await http.post('/auth/login', { email, password });
    accessToken.value = data.accessToken;
    localStorage.setItem(REFRESH_TOKEN_STORAGE_KEY, data.refreshToken);
    user.value = data.user;
  }

  function logout() {
    accessToken.value = null;
    user.value = null;
    localStorage.removeItem(REFRESH_TOKEN_STORAGE_KEY);
  }

  return { accessToken, user, isAdmin, login, logout };
}
