export function App() {
  return (
    <main>
      <h1>清文 Qingwen</h1>
    </main>
  );
}
