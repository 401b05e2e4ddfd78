/** Keeps one failing panel from blanking the whole app: shows what went wrong in its place. */
import { Component, type ReactNode } from 'react';

interface Props {
  name: string;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="panel-error">
        <strong>{this.props.name}:</strong> {this.state.error.message}
        <button type="button" onClick={() => this.setState({ error: null })}>
          ↻
        </button>
      </div>
    );
  }
}
